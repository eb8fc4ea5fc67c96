-- forgets to leave out the cancelled orders, so they are counted too
SELECT customer_id, COUNT(*)
FROM orders
GROUP BY customer_id
HAVING COUNT(*) >= 5;
