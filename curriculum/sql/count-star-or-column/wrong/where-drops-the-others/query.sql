-- keeps only the orders with a discount, so the first column no longer counts every order
SELECT COUNT(*), COUNT(discount), ROUND(AVG(discount), 2)
FROM orders
WHERE discount IS NOT NULL;
