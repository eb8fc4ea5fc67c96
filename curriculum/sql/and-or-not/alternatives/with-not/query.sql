-- uses NOT year >= 1950, which means the same as year < 1950
SELECT title, genre, year FROM books
WHERE (genre = 'mystery' OR genre = 'science fiction') AND NOT year >= 1950;
