-- groups by the company's name alone, which works here because no two companies share a name
SELECT companies.name, COUNT(jobs.id)
FROM companies
LEFT JOIN jobs ON jobs.company_id = companies.id
GROUP BY companies.name;
