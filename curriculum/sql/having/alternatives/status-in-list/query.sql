-- names the statuses to keep with IN instead of leaving out 'cancelled'
SELECT customer_id, COUNT(*)
FROM orders
WHERE status IN ('paid', 'shipped')
GROUP BY customer_id
HAVING COUNT(*) >= 5;
