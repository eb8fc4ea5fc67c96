-- joins the applications instead, so an applicant with two offers is listed twice
SELECT applicants.name, applicants.city
FROM applicants
JOIN applications ON applications.applicant_id = applicants.id
WHERE applications.status = 'offer';
