-- leaves out the brackets, so AND goes first and mysteries from every year get in
SELECT title, genre, year FROM books
WHERE genre = 'mystery' OR genre = 'science fiction' AND year < 1950;
