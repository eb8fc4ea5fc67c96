-- uses < 1900, which also keeps the books from 1891 to 1899
SELECT title, year FROM books WHERE year < 1900;
