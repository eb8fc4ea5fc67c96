SELECT title, year FROM books WHERE title LIKE 'The %';
