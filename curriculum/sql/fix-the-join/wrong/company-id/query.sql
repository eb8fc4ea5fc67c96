-- writes companies.id, so it shows the company's id instead of the job's
SELECT companies.id, title, name
FROM jobs
JOIN companies ON companies.id = jobs.company_id
WHERE city = 'Leeds';
