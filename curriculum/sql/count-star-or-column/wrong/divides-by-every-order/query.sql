-- divides the total discount by every order, as if no discount were a discount of 0
SELECT COUNT(*), COUNT(discount), ROUND(SUM(discount) / COUNT(*), 2)
FROM orders;
