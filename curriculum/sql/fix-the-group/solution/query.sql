-- For each category: how many of its products are in stock (stock more than 0)?
SELECT category, COUNT(*)
FROM products
WHERE stock > 0
GROUP BY category;
