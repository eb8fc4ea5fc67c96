-- writes select and from in small letters, which SQL accepts
select title, year from books;
