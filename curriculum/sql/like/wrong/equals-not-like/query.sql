-- uses = instead of LIKE, so % is just a character and no title matches
SELECT title, year FROM books WHERE title = 'The %';
