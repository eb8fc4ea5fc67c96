-- forgets NOT NULL on price, so a tool could be added with no price
CREATE TABLE tools (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  brand TEXT,
  price REAL,
  stock INTEGER NOT NULL
);
