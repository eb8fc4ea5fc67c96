-- writes the sum the other way round, 20 + stock, which gives the same numbers
UPDATE products
SET stock = 20 + stock
WHERE category = 'garden';
