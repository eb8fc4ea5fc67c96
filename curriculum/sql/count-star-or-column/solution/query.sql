SELECT COUNT(*), COUNT(discount), ROUND(AVG(discount), 2)
FROM orders;
