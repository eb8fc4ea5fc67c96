-- List the title and year of every book whose title starts with the word The.
SELECT title, year FROM books;
