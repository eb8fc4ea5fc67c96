-- For the products in the 'tools' category, give one row with:
--   the total stock, the average price rounded to 2 decimal places,
--   and the highest price.
SELECT * FROM products WHERE category = 'tools';
