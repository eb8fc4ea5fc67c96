-- also changes the ON to match the two ids, so each job is paired with the wrong company
SELECT jobs.id, title, name
FROM jobs
JOIN companies ON companies.id = jobs.id
WHERE city = 'Leeds';
