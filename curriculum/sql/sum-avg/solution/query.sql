SELECT SUM(stock), ROUND(AVG(price), 2), MAX(price)
FROM products
WHERE category = 'tools';
