-- looks for born = 0, but a missing year is NULL, not 0
SELECT name, country FROM authors WHERE born = 0;
