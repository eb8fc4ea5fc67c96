-- forgets the WHERE, so every product in the shop gets 20 more
UPDATE products SET stock = stock + 20;
