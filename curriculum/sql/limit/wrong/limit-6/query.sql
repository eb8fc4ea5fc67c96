-- uses LIMIT 6, which gives one row too many
SELECT title, pages FROM books
ORDER BY pages DESC, title
LIMIT 6;
