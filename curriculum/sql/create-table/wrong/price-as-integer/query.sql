-- gives price the type INTEGER, which is for whole numbers, not prices with pence
CREATE TABLE tools (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  brand TEXT,
  price INTEGER NOT NULL,
  stock INTEGER NOT NULL
);
