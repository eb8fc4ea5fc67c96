-- makes id a plain number, not the primary key, so nothing fills it in or keeps it from repeating
CREATE TABLE tools (
  id INTEGER,
  name TEXT NOT NULL,
  brand TEXT,
  price REAL NOT NULL,
  stock INTEGER NOT NULL
);
