-- changes gerne to title, which looks for a book called poetry and finds none
SELECT title, year, pages
FROM books
WHERE title = 'poetry'
ORDER BY year, title;
