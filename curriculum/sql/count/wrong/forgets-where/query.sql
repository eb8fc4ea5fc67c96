-- forgets the WHERE, so it counts every order, not only the cancelled ones
SELECT COUNT(*) FROM orders;
