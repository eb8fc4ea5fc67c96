-- sorts by title first, so the year only decides between two books with the same title
SELECT title, year FROM books
WHERE genre = 'science fiction'
ORDER BY title, year;
