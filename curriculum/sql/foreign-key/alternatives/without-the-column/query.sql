-- writes REFERENCES products without (id), which points to the table's primary key, id
create table reviews (
  id integer primary key,
  product_id integer not null references products,
  customer_id integer not null references customers,
  stars integer not null
);
