-- names the table tool, without the s
CREATE TABLE tool (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  brand TEXT,
  price REAL NOT NULL,
  stock INTEGER NOT NULL
);
