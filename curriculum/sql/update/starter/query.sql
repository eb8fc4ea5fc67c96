-- Add 20 to the stock of every product in the 'garden' category.
-- These are the rows to change:
SELECT * FROM products WHERE category = 'garden';
