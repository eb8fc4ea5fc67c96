-- writes UNIQUE (email, phone), so only the same pair is refused and two suppliers can share an email
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  UNIQUE (email, phone)
);
