-- leaves out the quotes, so 2023-01-01 is a sum, 2023 - 1 - 1 = 2021, and a text date is never less than a number: nothing is deleted
DELETE FROM loans WHERE returned < 2023-01-01;
