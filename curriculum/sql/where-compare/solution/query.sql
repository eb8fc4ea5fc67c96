SELECT title, year FROM books WHERE year <= 1890;
