-- Every remote job (remote = 1): the job's title, the company's name
-- and the date the job was posted.
SELECT * FROM jobs;
