SELECT title, genre, year FROM books
WHERE genre IN ('cooking', 'science', 'history') AND year BETWEEN 1990 AND 1999;
