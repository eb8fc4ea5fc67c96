-- adds a fifth value at the end to make the count right, but the first value still goes into id
INSERT INTO products (name, category, price, stock)
VALUES ('Garden Twine', 'garden', 2.49, 60);

INSERT INTO products
VALUES ('Bulb Planter', 'garden', 7.49, 25, NULL);

SELECT * FROM products ORDER BY id DESC LIMIT 3;
