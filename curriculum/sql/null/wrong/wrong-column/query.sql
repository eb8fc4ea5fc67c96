-- tests the country column instead of born
SELECT name, country FROM authors WHERE country IS NULL;
