-- compares with '2023', which comes before '2023-01-01' and after every date in 2022, so the same loans go
DELETE FROM loans WHERE returned < '2023';
