CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  city TEXT NOT NULL
);
INSERT INTO jobs (title, city) VALUES ('Cook', 'Leeds'), ('Welder', 'Hull');
