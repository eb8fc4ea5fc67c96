-- uses DESC, which puts the newest book first
SELECT title, year FROM books
WHERE genre = 'science fiction'
ORDER BY year DESC, title;
