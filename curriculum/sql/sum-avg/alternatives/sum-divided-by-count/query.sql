-- works out the average as the total price divided by the number of tools
SELECT SUM(stock), ROUND(SUM(price) / COUNT(*), 2), MAX(price)
FROM products
WHERE category = 'tools';
