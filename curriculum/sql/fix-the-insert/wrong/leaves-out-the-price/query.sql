-- drops the price to make the count fit, but price must not be empty, so the database refuses the row
INSERT INTO products (name, category, price, stock)
VALUES ('Garden Twine', 'garden', 2.49, 60);

INSERT INTO products (name, category, stock)
VALUES ('Bulb Planter', 'garden', 25);

SELECT * FROM products ORDER BY id DESC LIMIT 3;
