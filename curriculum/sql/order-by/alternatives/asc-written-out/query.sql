-- writes ASC (smallest first), which is what ORDER BY does anyway
SELECT title, year FROM books
WHERE genre = 'science fiction'
ORDER BY year ASC, title ASC;
