SELECT name, city
FROM applicants
WHERE id IN (SELECT applicant_id FROM applications WHERE status = 'offer');
