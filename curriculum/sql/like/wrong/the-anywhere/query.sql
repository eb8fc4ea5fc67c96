-- uses '%The %', which also finds the word the in the middle of a title
SELECT title, year FROM books WHERE title LIKE '%The %';
