-- names the columns with stock before price, but keeps the values in the old order, so the price is 25
INSERT INTO products (name, category, price, stock)
VALUES ('Garden Twine', 'garden', 2.49, 60);

INSERT INTO products (name, category, stock, price)
VALUES ('Bulb Planter', 'garden', 7.49, 25);

SELECT * FROM products ORDER BY id DESC LIMIT 3;
