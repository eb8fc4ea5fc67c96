-- fixes the name but writes "poetry" in double quotes, so SQL looks for a column called poetry
SELECT title, year, pages
FROM books
WHERE genre = "poetry"
ORDER BY year, title;
