-- joins the job's own id to the company's id, instead of the job's company_id
SELECT jobs.title, companies.name, jobs.posted
FROM jobs
JOIN companies ON companies.id = jobs.id
WHERE jobs.remote = 1;
