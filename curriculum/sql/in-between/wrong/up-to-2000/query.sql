-- thinks BETWEEN stops before its second number, so writes 2000 and gets books from 2000 too
SELECT title, genre, year FROM books
WHERE genre IN ('cooking', 'science', 'history') AND year BETWEEN 1990 AND 2000;
