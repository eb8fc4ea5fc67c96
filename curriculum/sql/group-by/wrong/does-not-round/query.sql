-- forgets to round the average price
SELECT category, COUNT(*), AVG(price)
FROM products
GROUP BY category;
