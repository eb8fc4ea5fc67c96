-- uses 'The%' with no space, so Their Eyes Were Watching God gets in too
SELECT title, year FROM books WHERE title LIKE 'The%';
