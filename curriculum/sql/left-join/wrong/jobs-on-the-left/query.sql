-- puts jobs on the left of LEFT JOIN, so every job is kept but a company with no jobs is not
SELECT companies.name, COUNT(jobs.id)
FROM jobs
LEFT JOIN companies ON jobs.company_id = companies.id
GROUP BY companies.id, companies.name;
