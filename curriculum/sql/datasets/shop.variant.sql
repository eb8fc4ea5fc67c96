-- A changed copy of the shop dataset, applied after shop.sql.
-- Checks run a second time on this copy, so an answer that hard-codes
-- ids, names, counts or totals gives a different result here.
-- It adds, removes and changes rows in every table.

-- order items of the orders, customer and product about to be removed go first
DELETE FROM order_items WHERE order_id IN (20, 21, 150, 151)
   OR order_id IN (SELECT id FROM orders WHERE customer_id = 30)
   OR product_id = 27;
DELETE FROM orders WHERE id IN (20, 21, 150, 151) OR customer_id = 30;

-- customers: two without orders and one with orders removed, three added, some changed
DELETE FROM customers WHERE id IN (5, 12, 30);
INSERT INTO customers (id, name, city, email) VALUES (101, 'Wanda Pryce', 'Leeds', 'wanda.pryce@mail.example');
INSERT INTO customers (id, name, city, email) VALUES (102, 'Ahmed Rahimi', NULL, 'ahmed.rahimi@post.example');
INSERT INTO customers (id, name, city, email) VALUES (103, 'Bridget Nolan', 'Exeter', NULL);
INSERT INTO customers (id, name, city, email) VALUES (104, 'Ewan Frost', 'Derby', 'ewan.frost@shopper.example');
UPDATE customers SET city = 'York' WHERE id IN (7, 19, 44);
UPDATE customers SET city = NULL WHERE id = 60;
UPDATE customers SET email = NULL WHERE id IN (8, 33);

-- products: one never ordered and one ordered removed, three added, some changed
DELETE FROM products WHERE id IN (23, 27);
INSERT INTO products (id, name, category, price, stock) VALUES (81, 'Pruning Saw', 'garden', 17.45, 0);
INSERT INTO products (id, name, category, price, stock) VALUES (82, 'Lunch Box', 'kitchen', 6.20, 35);
INSERT INTO products (id, name, category, price, stock) VALUES (83, 'Marbles (50)', 'toys', 4.10, 18);
UPDATE products SET price = 4.49 WHERE id = 2;
UPDATE products SET price = 14.25, stock = 0 WHERE id = 3;
UPDATE products SET stock = stock + 30 WHERE id IN (9, 40);
UPDATE products SET category = 'garden' WHERE id = 41;

-- orders: five added, some changed
INSERT INTO orders (id, customer_id, ordered, status, discount) VALUES (301, 101, '2026-02-22', 'paid', NULL);
INSERT INTO orders (id, customer_id, ordered, status, discount) VALUES (302, 102, '2026-02-23', 'paid', 0.10);
INSERT INTO orders (id, customer_id, ordered, status, discount) VALUES (303, 11, '2026-02-24', 'cancelled', NULL);
INSERT INTO orders (id, customer_id, ordered, status, discount) VALUES (304, 101, '2026-02-25', 'shipped', 0.25);
INSERT INTO orders (id, customer_id, ordered, status, discount) VALUES (305, 17, '2025-03-14', 'shipped', NULL);
UPDATE orders SET status = 'cancelled' WHERE id IN (152, 299);
UPDATE orders SET status = 'shipped' WHERE id IN (SELECT id FROM orders WHERE status = 'paid' ORDER BY id LIMIT 6);
UPDATE orders SET discount = 0.05 WHERE id IN (40, 41, 42);
UPDATE orders SET discount = NULL WHERE id IN (SELECT id FROM orders WHERE discount IS NOT NULL ORDER BY id LIMIT 4);

-- order items: for the new orders, and some changed or removed
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (301, 81, 1, 17.45);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (301, 2, 3, 4.49);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (302, 82, 2, 6.20);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (302, 28, 1, (SELECT price FROM products WHERE id = 28));
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (303, 3, 1, 14.25);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (304, 83, 4, 4.10);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (304, 9, 1, 6.99);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (304, 40, 2, 3.75);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (305, 41, 5, 7.80);
UPDATE order_items SET quantity = quantity + 2 WHERE order_id IN (1, 2, 100, 200);
UPDATE order_items SET unit_price = 11.99 WHERE order_id = 250;
DELETE FROM order_items WHERE order_id = 298 AND product_id = (SELECT min(product_id) FROM order_items WHERE order_id = 298);
