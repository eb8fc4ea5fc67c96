UPDATE products SET stock = stock + 20 WHERE category = 'garden';

SELECT * FROM products WHERE category = 'garden';
