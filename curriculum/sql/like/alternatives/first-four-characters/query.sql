-- compares the first four characters with substr instead of using LIKE
SELECT title, year FROM books WHERE substr(title, 1, 4) = 'The ';
