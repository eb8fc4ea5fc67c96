SELECT category, COUNT(*), ROUND(AVG(price), 2)
FROM products
GROUP BY category;
