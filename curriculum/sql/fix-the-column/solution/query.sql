-- This query should list the title, year and pages of every poetry book,
-- oldest first, and by title for books from the same year.
-- Press Run, read the message, and fix the misspelt column name.
SELECT title, year, pages
FROM books
WHERE genre = 'poetry'
ORDER BY year, title;
