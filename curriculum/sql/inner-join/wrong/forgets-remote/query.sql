-- forgets the WHERE, so it lists every job, not only the remote ones
SELECT jobs.title, companies.name, jobs.posted
FROM jobs
JOIN companies ON companies.id = jobs.company_id;
