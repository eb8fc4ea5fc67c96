-- starts from the applicants and joins applications, then jobs
SELECT applicants.name, jobs.title, applications.applied
FROM applicants
JOIN applications ON applications.applicant_id = applicants.id
JOIN jobs ON applications.job_id = jobs.id
WHERE applications.status = 'interview';
