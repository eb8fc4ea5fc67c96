-- Delete every loan whose returned date is before '2023-01-01'.
-- Keep the loans still out (returned is NULL).
-- First look at the loans, oldest first:
SELECT * FROM loans ORDER BY loaned;
