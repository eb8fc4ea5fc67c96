-- links product_id to products but forgets the link for customer_id
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  customer_id INTEGER NOT NULL,
  stars INTEGER NOT NULL
);
