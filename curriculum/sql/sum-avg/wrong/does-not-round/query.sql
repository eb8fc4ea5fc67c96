-- forgets to round the average, so it has many digits after the decimal point
SELECT SUM(stock), AVG(price), MAX(price)
FROM products
WHERE category = 'tools';
