CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  phone TEXT UNIQUE
);

SELECT name, type, "notnull", pk FROM pragma_table_info('suppliers');
SELECT name, "unique" FROM pragma_index_list('suppliers');
