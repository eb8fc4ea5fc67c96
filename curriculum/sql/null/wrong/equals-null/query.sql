-- uses born = NULL, which is never true, so no rows come back
SELECT name, country FROM authors WHERE born = NULL;
