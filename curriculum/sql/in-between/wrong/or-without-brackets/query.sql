-- uses OR for the genres without brackets, so history books from every year get in
SELECT title, genre, year FROM books
WHERE genre = 'cooking' OR genre = 'science' OR genre = 'history' AND year BETWEEN 1990 AND 1999;
