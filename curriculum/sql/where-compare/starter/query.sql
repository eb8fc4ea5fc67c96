-- List the title and year of every book published in 1890 or earlier.
SELECT title, year FROM books;
