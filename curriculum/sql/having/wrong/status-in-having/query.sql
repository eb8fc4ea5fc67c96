-- checks the status in HAVING, which looks at only one order of each group instead of every order
SELECT customer_id, COUNT(*)
FROM orders
GROUP BY customer_id
HAVING COUNT(*) >= 5 AND status <> 'cancelled';
