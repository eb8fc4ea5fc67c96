CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  stars INTEGER NOT NULL
);

SELECT "from", "table", "to" FROM pragma_foreign_key_list('reviews');
