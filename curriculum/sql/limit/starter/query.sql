-- List the title and pages of the 5 longest books, the longest first,
-- and by title (A to Z) for books with the same number of pages.
SELECT title, pages FROM books;
