SELECT companies.name, COUNT(jobs.id)
FROM companies
LEFT JOIN jobs ON jobs.company_id = companies.id
GROUP BY companies.id, companies.name;
