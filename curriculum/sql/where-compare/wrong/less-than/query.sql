-- uses < 1890, which leaves out the books from 1890 itself
SELECT title, year FROM books WHERE year < 1890;
