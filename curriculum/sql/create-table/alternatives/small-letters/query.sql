-- writes everything in small letters on one line, which SQL reads the same
create table tools (id integer primary key, name text not null, brand text, price real not null, stock integer not null);
