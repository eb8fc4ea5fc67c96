-- swaps the two ids, matching applicants to job_id and jobs to applicant_id
SELECT applicants.name, jobs.title, applications.applied
FROM applications
JOIN applicants ON applicants.id = applications.job_id
JOIN jobs ON jobs.id = applications.applicant_id
WHERE applications.status = 'interview';
