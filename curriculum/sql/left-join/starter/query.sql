-- Every company, even those with no jobs:
--   the company's name and how many jobs it has posted.
SELECT * FROM companies;
