-- For each category: how many of its products are in stock (stock more than 0)?
SELECT category, COUNT(*)
FROM products
GROUP BY category
WHERE stock > 0;
