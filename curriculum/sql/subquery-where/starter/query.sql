-- Every applicant who has had at least one offer:
--   their name and city, each applicant once.
SELECT * FROM applicants;
