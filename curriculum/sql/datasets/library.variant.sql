-- A changed copy of the library dataset, applied after library.sql.
-- Checks run a second time on this copy, so an answer that hard-codes
-- ids, titles or counts gives a different result here.
-- It adds, removes and changes rows in every table.

-- authors: two new ones, one without books removed, some facts changed
INSERT INTO authors (id, name, born, country) VALUES (72, 'Kenji Morita', 1969, 'Japan');
INSERT INTO authors (id, name, born, country) VALUES (73, 'Ruth Ellery', NULL, 'Wales');
DELETE FROM authors WHERE name = 'Martin Cole';
UPDATE authors SET born = NULL WHERE name = 'Samuel Osei';
UPDATE authors SET born = 1962 WHERE name = 'Daniel Marsh';
UPDATE authors SET country = NULL WHERE name = 'Lucia Ferraro';
UPDATE authors SET country = 'Canada' WHERE name = 'Beatrice Hale';

-- loans of the books and members about to be removed go first
DELETE FROM loans WHERE book_id IN (SELECT id FROM books WHERE title IN
  ('Persuasion', 'Soups for Winter', 'The Canal Murders', 'Heart of Darkness', 'Death at the Harbour', 'The Best Science Fiction of the Year'));
DELETE FROM loans WHERE member_id IN (SELECT id FROM members WHERE id IN (4, 37, 88));

-- books: some removed, some added, some changed
DELETE FROM books WHERE title IN
  ('Persuasion', 'Soups for Winter', 'The Canal Murders', 'Heart of Darkness', 'Death at the Harbour', 'The Best Science Fiction of the Year');
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (202, 'The Harbour at Night', 72, 1990, 'mystery', 288, 2);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (203, 'Rivers of the Valley', 73, 1999, 'history', 344, 1);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (204, 'The Complete Stories of the Sea', NULL, 2010, 'fiction', 1520, 1);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (205, 'Quick Breakfasts', 72, 2024, 'cooking', 112, 3);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (206, 'A Guide to Old Clocks', 73, NULL, NULL, 198, 1);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (207, 'Poems of the Valley', 73, 1850, 'poetry', 74, 1);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (208, 'The Kitchen Garden', 72, 1995, NULL, 240, 2);
INSERT INTO books (id, title, author_id, year, genre, pages, copies) VALUES (209, 'Under a Northern Sky', 72, 1949, 'science fiction', 402, 1);
UPDATE books SET year = 1999 WHERE title = 'The Road to Lagos';
UPDATE books SET year = 1991 WHERE title = 'A History of Bread';
UPDATE books SET genre = NULL WHERE title = 'The Poisoned Pen';
UPDATE books SET genre = 'biography' WHERE title = 'The Travel Diaries';
UPDATE books SET genre = 'science fiction' WHERE title = 'Strange Case of Dr Jekyll and Mr Hyde';
UPDATE books SET year = 1937 WHERE title = 'Brave New World';
UPDATE books SET pages = 1310 WHERE title = 'War and Peace';
UPDATE books SET pages = 212 WHERE title = 'The Great Gatsby';
UPDATE books SET copies = copies + 2 WHERE title IN ('Dracula', 'Emma', 'Fahrenheit 451', 'Salt and Stone');
UPDATE books SET title = 'The Long Winter of 1963', year = 2003 WHERE title = 'The Long Winter of 1947';

-- members: some removed, some added, some changed
DELETE FROM members WHERE id IN (4, 37, 88);
INSERT INTO members (id, name, joined, email, city) VALUES (121, 'Tomasz Nowicki', '2025-11-03', 'tomasz.nowicki@post.example', 'Leeds');
INSERT INTO members (id, name, joined, email, city) VALUES (122, 'Delia Armitage', '2026-01-15', NULL, 'York');
INSERT INTO members (id, name, joined, email, city) VALUES (123, 'Sam Obi', '2025-06-30', 'sam.obi@mail.example', NULL);
INSERT INTO members (id, name, joined, email, city) VALUES (124, 'Gwen Talbot', '2026-02-10', 'gwen.talbot@inbox.example', 'Cardiff');
UPDATE members SET email = NULL WHERE id IN (12, 45);
UPDATE members SET email = 'iris.fischer@mail.example' WHERE id = 3;
UPDATE members SET city = 'Hull' WHERE id IN (20, 21, 60);

-- loans: some added, some removed, some changed
INSERT INTO loans (id, book_id, member_id, loaned, returned) VALUES (401, 202, 121, '2025-12-01', '2025-12-20');
INSERT INTO loans (id, book_id, member_id, loaned, returned) VALUES (402, 204, 121, '2026-02-02', NULL);
INSERT INTO loans (id, book_id, member_id, loaned, returned) VALUES (403, 1, 122, '2026-01-20', NULL);
INSERT INTO loans (id, book_id, member_id, loaned, returned) VALUES (404, 205, 123, '2025-07-04', '2025-07-18');
INSERT INTO loans (id, book_id, member_id, loaned, returned) VALUES (405, 56, 2, '2025-10-10', '2025-11-30');
DELETE FROM loans WHERE id IN (10, 150, 151, 300);
UPDATE loans SET returned = '2026-02-28' WHERE id IN (SELECT id FROM loans WHERE returned IS NULL ORDER BY id LIMIT 5);
UPDATE loans SET returned = NULL WHERE id IN (200, 250);
