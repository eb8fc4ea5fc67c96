CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  company TEXT NOT NULL,
  city TEXT NOT NULL,
  description TEXT NOT NULL
);
CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  job_id INTEGER NOT NULL REFERENCES jobs (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  message TEXT NOT NULL
);
INSERT INTO jobs (title, company, city, description) VALUES
  ('Line cook', 'Riverside Kitchen', 'Leeds', 'Prepare breakfast and lunch in a busy café. Early starts, no weekends.'),
  ('Warehouse operative', 'North Freight', 'Hull', 'Pick and pack orders, load vans and keep the stock room tidy.'),
  ('Junior web developer', 'Brightpath Digital', 'Leeds', 'Build and fix web pages with HTML, CSS and JavaScript. Training given.'),
  ('Bike mechanic', 'Spoke and Chain', 'York', 'Repair and service bikes in a friendly workshop. Tools provided.'),
  ('Kitchen porter', 'The Old Bell', 'York', 'Wash up, keep the kitchen clean and help the chefs at busy times.'),
  ('Delivery driver', 'Fresh Box', 'Sheffield', 'Drive a small van around the city. A full driving licence is needed.');
