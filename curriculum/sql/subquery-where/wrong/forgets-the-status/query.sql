-- forgets the status in the brackets, so it lists everyone who applied for anything
SELECT name, city
FROM applicants
WHERE id IN (SELECT applicant_id FROM applications);
