-- List the title, genre and year of every cooking, science or history
-- book published from 1990 to 1999, both years included.
SELECT title, genre, year FROM books;
