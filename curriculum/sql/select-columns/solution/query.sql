SELECT title, year FROM books;
