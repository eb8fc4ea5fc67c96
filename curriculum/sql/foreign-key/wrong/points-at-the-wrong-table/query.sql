-- copies the product_id line and forgets to change the table, so customer_id points to products
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  customer_id INTEGER NOT NULL REFERENCES products(id),
  stars INTEGER NOT NULL
);
