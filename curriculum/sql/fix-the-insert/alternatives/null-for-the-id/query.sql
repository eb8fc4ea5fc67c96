-- gives NULL as the first value, for id, which tells the database to pick the next free id itself
INSERT INTO products (name, category, price, stock)
VALUES ('Garden Twine', 'garden', 2.49, 60);

INSERT INTO products
VALUES (NULL, 'Bulb Planter', 'garden', 7.49, 25);

SELECT * FROM products ORDER BY id DESC LIMIT 3;
