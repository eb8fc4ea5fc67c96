-- writes ASC for the title, which is what ORDER BY does anyway
SELECT title, pages FROM books
ORDER BY pages DESC, title ASC
LIMIT 5;
