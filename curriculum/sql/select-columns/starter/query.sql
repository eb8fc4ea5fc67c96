-- List the title and year of every book.
-- Press Run to see what this query gives, then change it.
SELECT * FROM books;
