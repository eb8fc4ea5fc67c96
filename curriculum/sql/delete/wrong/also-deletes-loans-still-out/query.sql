-- also deletes the loans with no returned date, which are still out
DELETE FROM loans WHERE returned < '2023-01-01' OR returned IS NULL;
