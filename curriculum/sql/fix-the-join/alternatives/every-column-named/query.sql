-- names the table in front of every column
SELECT jobs.id, jobs.title, companies.name
FROM jobs
JOIN companies ON companies.id = jobs.company_id
WHERE companies.city = 'Leeds';
