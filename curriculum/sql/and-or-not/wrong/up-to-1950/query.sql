-- uses <= 1950, which also keeps the books from 1950
SELECT title, genre, year FROM books
WHERE (genre = 'mystery' OR genre = 'science fiction') AND year <= 1950;
