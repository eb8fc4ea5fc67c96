-- List the title and year of every science fiction book, oldest first,
-- and by title (A to Z) for books from the same year.
SELECT title, year FROM books WHERE genre = 'science fiction';
