-- Among the applicants who sent at least one application:
--   the average number of applications sent, rounded to 2 decimal places,
--   and the largest number sent by one applicant.
SELECT * FROM applications;
