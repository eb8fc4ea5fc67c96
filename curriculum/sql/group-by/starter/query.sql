-- One row for each category of products:
--   the category, the number of products in it,
--   and their average price rounded to 2 decimal places.
SELECT * FROM products;
