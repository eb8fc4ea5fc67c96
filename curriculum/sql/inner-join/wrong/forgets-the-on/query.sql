-- leaves out the ON, so every remote job is paired with every company
SELECT jobs.title, companies.name, jobs.posted
FROM jobs
JOIN companies
WHERE jobs.remote = 1;
