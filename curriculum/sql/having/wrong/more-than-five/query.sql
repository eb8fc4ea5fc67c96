-- writes > 5 instead of >= 5, so customers with exactly 5 orders are left out
SELECT customer_id, COUNT(*)
FROM orders
WHERE status <> 'cancelled'
GROUP BY customer_id
HAVING COUNT(*) > 5;
