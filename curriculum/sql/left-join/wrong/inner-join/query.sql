-- uses JOIN instead of LEFT JOIN, so the companies with no jobs are left out
SELECT companies.name, COUNT(jobs.id)
FROM companies
JOIN jobs ON jobs.company_id = companies.id
GROUP BY companies.id, companies.name;
