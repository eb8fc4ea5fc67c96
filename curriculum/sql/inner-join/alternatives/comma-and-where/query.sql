-- lists both tables after FROM and matches them in the WHERE instead of JOIN ... ON
SELECT jobs.title, companies.name, jobs.posted
FROM jobs, companies
WHERE companies.id = jobs.company_id AND jobs.remote = 1;
