-- uses >= 1890, which keeps the books from 1890 and later instead
SELECT title, year FROM books WHERE year >= 1890;
