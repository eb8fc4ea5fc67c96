-- puts NOT NULL on every column, so a tool with no brand cannot be added
CREATE TABLE tools (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  brand TEXT NOT NULL,
  price REAL NOT NULL,
  stock INTEGER NOT NULL
);
