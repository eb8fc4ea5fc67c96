-- writes the year test twice, once for each genre
SELECT title, genre, year FROM books
WHERE (genre = 'mystery' AND year < 1950) OR (genre = 'science fiction' AND year < 1950);
