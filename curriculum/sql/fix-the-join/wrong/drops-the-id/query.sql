-- deletes the id from the SELECT to get rid of the error, so the job's id is missing
SELECT title, name
FROM jobs
JOIN companies ON companies.id = jobs.company_id
WHERE city = 'Leeds';
