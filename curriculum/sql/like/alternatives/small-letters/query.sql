-- writes the pattern in small letters, which LIKE does not mind
SELECT title, year FROM books WHERE title LIKE 'the %';
