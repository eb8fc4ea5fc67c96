SELECT jobs.title, companies.name, jobs.posted
FROM jobs
JOIN companies ON companies.id = jobs.company_id
WHERE jobs.remote = 1;
