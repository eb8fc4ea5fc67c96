-- writes ROUND(AVG(price)) without the 2, which rounds to a whole number
SELECT SUM(stock), ROUND(AVG(price)), MAX(price)
FROM products
WHERE category = 'tools';
