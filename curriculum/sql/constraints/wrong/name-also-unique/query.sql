-- makes name UNIQUE too, so two suppliers with the same name cannot both be added
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL UNIQUE,
  phone TEXT UNIQUE
);
