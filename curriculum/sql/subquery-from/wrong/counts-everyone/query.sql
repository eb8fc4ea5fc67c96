-- counts every applicant with a LEFT JOIN, so those who sent nothing pull the average down
SELECT ROUND(AVG(sent), 2), MAX(sent)
FROM (SELECT applicants.id, COUNT(applications.id) AS sent
      FROM applicants
      LEFT JOIN applications ON applications.applicant_id = applicants.id
      GROUP BY applicants.id) AS per_applicant;
