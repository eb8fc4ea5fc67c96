-- counts each company's jobs with a query inside the SELECT instead of a join
SELECT companies.name,
       (SELECT COUNT(*) FROM jobs WHERE jobs.company_id = companies.id)
FROM companies;
