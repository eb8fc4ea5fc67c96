SELECT name, country FROM authors WHERE born IS NULL;
