-- How many orders have the status 'cancelled'?
-- Give one row with one column: the number.
SELECT * FROM orders;
