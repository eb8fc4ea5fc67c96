-- counts with COUNT(*), so a company with no jobs shows 1 instead of 0
SELECT companies.name, COUNT(*)
FROM companies
LEFT JOIN jobs ON jobs.company_id = companies.id
GROUP BY companies.id, companies.name;
