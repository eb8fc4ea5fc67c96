-- moves the WHERE but writes stock >= 0, which every product passes
SELECT category, COUNT(*)
FROM products
WHERE stock >= 0
GROUP BY category;
