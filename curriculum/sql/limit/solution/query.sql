SELECT title, pages FROM books
ORDER BY pages DESC, title
LIMIT 5;
