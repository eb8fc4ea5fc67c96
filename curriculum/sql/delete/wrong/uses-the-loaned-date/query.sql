-- looks at the date the book went out, so loans still out or returned in 2023 are deleted too
DELETE FROM loans WHERE loaned < '2023-01-01';
