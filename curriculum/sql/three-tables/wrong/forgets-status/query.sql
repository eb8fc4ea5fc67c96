-- forgets the WHERE, so it lists every application, not only the interviews
SELECT applicants.name, jobs.title, applications.applied
FROM applications
JOIN applicants ON applicants.id = applications.applicant_id
JOIN jobs ON jobs.id = applications.job_id;
