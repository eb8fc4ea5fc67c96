-- sorts by year only, so books from the same year come in any order
SELECT title, year FROM books
WHERE genre = 'science fiction'
ORDER BY year;
