CREATE TABLE tools (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  brand TEXT,
  price REAL NOT NULL,
  stock INTEGER NOT NULL
);

SELECT name, type, "notnull", pk FROM pragma_table_info('tools');
