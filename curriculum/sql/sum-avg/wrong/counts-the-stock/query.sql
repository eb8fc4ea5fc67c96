-- uses COUNT(stock), which counts the tools instead of adding up their stock
SELECT COUNT(stock), ROUND(AVG(price), 2), MAX(price)
FROM products
WHERE category = 'tools';
