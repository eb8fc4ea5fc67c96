-- List the title, genre and year of every mystery or science fiction
-- book published before 1950.
SELECT title, genre, year FROM books;
