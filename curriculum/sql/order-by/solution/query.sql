SELECT title, year FROM books
WHERE genre = 'science fiction'
ORDER BY year, title;
