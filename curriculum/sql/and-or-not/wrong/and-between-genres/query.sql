-- joins the genres with AND, but no book has two genres, so no rows come back
SELECT title, genre, year FROM books
WHERE genre = 'mystery' AND genre = 'science fiction' AND year < 1950;
