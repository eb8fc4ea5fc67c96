-- writes the links as FOREIGN KEY lines at the end of the table, which means the same
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  stars INTEGER NOT NULL,
  FOREIGN KEY (product_id) REFERENCES products(id),
  FOREIGN KEY (customer_id) REFERENCES customers(id)
);

PRAGMA foreign_keys = ON;
SELECT "from", "table", "to" FROM pragma_foreign_key_list('reviews');
