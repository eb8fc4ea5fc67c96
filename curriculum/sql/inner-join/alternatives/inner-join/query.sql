-- writes INNER JOIN, which is the same as JOIN
SELECT title, name, posted
FROM jobs
INNER JOIN companies ON jobs.company_id = companies.id
WHERE remote = 1;
