-- forgets the GROUP BY, so it gives one row for all the products together
SELECT category, COUNT(*), ROUND(AVG(price), 2)
FROM products;
