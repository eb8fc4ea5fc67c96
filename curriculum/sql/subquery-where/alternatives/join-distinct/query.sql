-- joins the applications and adds DISTINCT, so each applicant with an offer is listed once
SELECT DISTINCT applicants.name, applicants.city
FROM applicants
JOIN applications ON applications.applicant_id = applicants.id
WHERE applications.status = 'offer';
