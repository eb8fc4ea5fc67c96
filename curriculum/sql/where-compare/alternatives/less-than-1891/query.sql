-- uses < 1891, which keeps the same whole years
SELECT title, year FROM books WHERE year < 1891;
