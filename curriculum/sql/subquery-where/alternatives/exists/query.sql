-- uses EXISTS with a subquery that looks for an offer for this applicant
SELECT name, city
FROM applicants
WHERE EXISTS (SELECT 1 FROM applications
              WHERE applications.applicant_id = applicants.id
                AND applications.status = 'offer');
