-- deletes the line with the error, so the query runs but lists every book, not only poetry
SELECT title, year, pages
FROM books
ORDER BY year, title;
