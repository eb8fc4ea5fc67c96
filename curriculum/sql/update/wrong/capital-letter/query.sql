-- writes 'Garden' with a capital G, which matches no product, so nothing changes
UPDATE products SET stock = stock + 20 WHERE category = 'Garden';
