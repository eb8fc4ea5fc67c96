-- puts the year first and the genres the other way round
SELECT title, genre, year FROM books
WHERE year < 1950 AND (genre = 'science fiction' OR genre = 'mystery');
