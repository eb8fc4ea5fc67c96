-- adds the id 82 by hand: free today, but it belongs to another product in the changed copy
INSERT INTO products (name, category, price, stock)
VALUES ('Garden Twine', 'garden', 2.49, 60);

INSERT INTO products
VALUES (82, 'Bulb Planter', 'garden', 7.49, 25);

SELECT * FROM products ORDER BY id DESC LIMIT 3;
