-- matches the applicant's id to the application's own id, instead of its applicant_id
SELECT applicants.name, jobs.title, applications.applied
FROM applications
JOIN applicants ON applicants.id = applications.id
JOIN jobs ON jobs.id = applications.job_id
WHERE applications.status = 'interview';
