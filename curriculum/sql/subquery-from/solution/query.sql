SELECT ROUND(AVG(sent), 2), MAX(sent)
FROM (SELECT applicant_id, COUNT(*) AS sent
      FROM applications
      GROUP BY applicant_id) AS per_applicant;
