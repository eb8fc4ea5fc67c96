-- writes each UNIQUE on a line of its own after the columns, one column in each, which means the same
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  UNIQUE (email),
  UNIQUE (phone)
);
