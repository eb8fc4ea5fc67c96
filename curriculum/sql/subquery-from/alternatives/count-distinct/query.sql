-- divides the number of applications by the number of different applicants, times 1.0 so the division keeps its decimals
SELECT ROUND(COUNT(*) * 1.0 / COUNT(DISTINCT applicant_id), 2),
       (SELECT MAX(sent) FROM (SELECT COUNT(*) AS sent FROM applications GROUP BY applicant_id))
FROM applications;
