SELECT title, genre, year FROM books
WHERE (genre = 'mystery' OR genre = 'science fiction') AND year < 1950;
