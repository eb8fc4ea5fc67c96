-- writes COUNT(*) for the second column too, which counts the orders without a discount as well
SELECT COUNT(*), COUNT(*), ROUND(AVG(discount), 2)
FROM orders;
