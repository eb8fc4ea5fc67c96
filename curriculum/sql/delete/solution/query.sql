DELETE FROM loans WHERE returned < '2023-01-01';

SELECT * FROM loans ORDER BY loaned;
