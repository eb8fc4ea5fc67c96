-- forgets the WHERE, so it adds up every product, not only the tools
SELECT SUM(stock), ROUND(AVG(price), 2), MAX(price)
FROM products;
