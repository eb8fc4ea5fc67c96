-- works out the average as the total discount divided by COUNT(discount)
SELECT COUNT(*), COUNT(discount), ROUND(SUM(discount) / COUNT(discount), 2)
FROM orders;
