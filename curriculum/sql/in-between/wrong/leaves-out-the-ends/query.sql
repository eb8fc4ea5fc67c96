-- uses year > 1990 AND year < 1999, which leaves out the books from 1990 and 1999
SELECT title, genre, year FROM books
WHERE genre IN ('cooking', 'science', 'history') AND year > 1990 AND year < 1999;
