-- picks the pages column instead of the year
SELECT title, pages FROM books;
