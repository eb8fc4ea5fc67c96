-- makes the table first, then a UNIQUE INDEX for each column, which also refuses repeats
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT
);
CREATE UNIQUE INDEX suppliers_email ON suppliers (email);
CREATE UNIQUE INDEX suppliers_phone ON suppliers (phone);
