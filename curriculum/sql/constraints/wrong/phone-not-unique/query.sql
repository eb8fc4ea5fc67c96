-- makes email UNIQUE but forgets phone, so two suppliers can have the same phone number
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  phone TEXT
);
