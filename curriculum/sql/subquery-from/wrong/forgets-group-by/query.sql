-- forgets the GROUP BY inside the brackets, so there is only one count: every application
SELECT ROUND(AVG(sent), 2), MAX(sent)
FROM (SELECT applicant_id, COUNT(*) AS sent
      FROM applications) AS per_applicant;
