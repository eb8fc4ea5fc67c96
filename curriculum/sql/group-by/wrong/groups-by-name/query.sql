-- groups by the product's name, so each product is a group of its own
SELECT category, COUNT(*), ROUND(AVG(price), 2)
FROM products
GROUP BY name;
