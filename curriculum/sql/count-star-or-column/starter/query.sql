-- Give one row with three columns:
--   the number of orders, the number of orders whose discount is not NULL,
--   and the average discount of those orders, rounded to 2 decimal places.
SELECT * FROM orders;
