-- forgets DESC, so it gives the five shortest books
SELECT title, pages FROM books
ORDER BY pages, title
LIMIT 5;
