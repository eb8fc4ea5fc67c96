CREATE TABLE todos (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0
);
INSERT INTO todos (title, done) VALUES
  ('Write a letter', 0),
  ('Wash the dishes', 1),
  ('Read chapter 3', 0);
