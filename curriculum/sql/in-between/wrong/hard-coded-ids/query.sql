-- lists the ids of the books it saw instead of asking for the genre and year, so it is wrong once the books change
SELECT title, genre, year FROM books
WHERE id IN (140, 158, 200, 39, 104, 117, 109, 37, 57, 137, 32, 89);
