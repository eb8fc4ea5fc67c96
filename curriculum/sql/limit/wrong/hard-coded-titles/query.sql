-- names the five titles it saw instead of sorting, so it is wrong once the books change
SELECT title, pages FROM books
WHERE title IN ('Les Misérables', 'The Count of Monte Cristo', 'War and Peace', 'Bleak House', 'Middlemarch')
ORDER BY pages DESC;
