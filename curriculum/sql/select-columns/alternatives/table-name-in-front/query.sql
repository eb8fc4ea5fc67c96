-- writes the table's name in front of each column
SELECT books.title, books.year FROM books;
