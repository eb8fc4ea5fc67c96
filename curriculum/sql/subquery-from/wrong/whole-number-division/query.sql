-- divides two whole numbers, so the average loses everything after the decimal point
SELECT ROUND(COUNT(*) / COUNT(DISTINCT applicant_id), 2),
       (SELECT MAX(sent) FROM (SELECT COUNT(*) AS sent FROM applications GROUP BY applicant_id))
FROM applications;
