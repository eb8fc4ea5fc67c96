-- The customers with at least 5 orders that were not cancelled:
--   the customer_id, and how many such orders they have.
SELECT * FROM orders;
