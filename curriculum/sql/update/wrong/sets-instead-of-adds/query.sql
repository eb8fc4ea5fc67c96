-- sets the stock to 20 instead of adding 20 to what was there
UPDATE products SET stock = 20 WHERE category = 'garden';
