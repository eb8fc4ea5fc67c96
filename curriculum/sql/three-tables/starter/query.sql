-- For every application with the status 'interview':
--   the applicant's name, the job's title
--   and the date of the application.
SELECT * FROM applications;
