-- Every job at a company in Leeds: the job's id, its title and the company's name.
SELECT jobs.id, title, name
FROM jobs
JOIN companies ON companies.id = jobs.company_id
WHERE city = 'Leeds';
