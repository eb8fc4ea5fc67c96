-- turns the WHERE into HAVING stock > 0, which looks at only one product of each category
SELECT category, COUNT(*)
FROM products
GROUP BY category
HAVING stock > 0;
