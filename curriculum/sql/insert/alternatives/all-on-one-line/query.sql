-- writes the whole INSERT on one line, in small letters, and shows nothing after it
insert into members (name, joined, email, city) values ('Rosa Delgado', '2026-03-02', 'rosa.delgado@mail.example', 'Norwich');
