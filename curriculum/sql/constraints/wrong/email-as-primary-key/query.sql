-- makes email the primary key instead of id, so id is a plain number that nothing fills in
CREATE TABLE suppliers (
  id INTEGER,
  name TEXT NOT NULL,
  email TEXT NOT NULL PRIMARY KEY,
  phone TEXT UNIQUE
);
