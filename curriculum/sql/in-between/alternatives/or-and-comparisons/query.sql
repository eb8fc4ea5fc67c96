-- uses OR in brackets and two comparisons instead of IN and BETWEEN
SELECT title, genre, year FROM books
WHERE (genre = 'cooking' OR genre = 'science' OR genre = 'history') AND year >= 1990 AND year <= 1999;
