-- writes the number first: 1890 >= year means the same as year <= 1890
SELECT title, year FROM books WHERE 1890 >= year;
