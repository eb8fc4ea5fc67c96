-- has no ORDER BY, so it gives whichever five rows the table happens to hold first
SELECT title, pages FROM books
LIMIT 5;
