-- writes genre = 'mystery' OR 'science fiction' without the column the second time, so only mysteries are found
SELECT title, genre, year FROM books
WHERE (genre = 'mystery' OR 'science fiction') AND year < 1950;
