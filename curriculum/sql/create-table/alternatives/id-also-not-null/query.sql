-- also writes NOT NULL after the primary key, which it already is
CREATE TABLE tools (
  id INTEGER PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  brand TEXT,
  price REAL NOT NULL,
  stock INTEGER NOT NULL
);
