-- has no WHERE, so every book is listed
SELECT title, year FROM books;
