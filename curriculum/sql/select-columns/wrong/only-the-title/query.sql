-- forgets the year column
SELECT title FROM books;
