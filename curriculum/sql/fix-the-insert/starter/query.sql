-- Two new products for the shop. Run this and read the error.
INSERT INTO products (name, category, price, stock)
VALUES ('Garden Twine', 'garden', 2.49, 60);

INSERT INTO products
VALUES ('Bulb Planter', 'garden', 7.49, 25);

SELECT * FROM products ORDER BY id DESC LIMIT 3;
