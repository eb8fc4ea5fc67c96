-- A changed copy of the jobs dataset, applied after jobs.sql.
-- Checks run a second time on this copy, so an answer that hard-codes
-- ids, names or counts gives a different result here.
-- It adds, removes and changes rows in every table.

-- applications of the jobs, company and applicant about to be removed go first
DELETE FROM applications WHERE applicant_id = 50
   OR job_id IN (SELECT id FROM jobs WHERE company_id = 7)
   OR job_id IN (60, 61);
DELETE FROM jobs WHERE company_id = 7 OR id IN (13, 60, 61);

-- companies: one without jobs and one with jobs removed, two added, some changed
DELETE FROM companies WHERE id IN (4, 7);
INSERT INTO companies (id, name, city, industry) VALUES (41, 'Tidewater Ferries', 'Hull', 'logistics');
INSERT INTO companies (id, name, city, industry) VALUES (42, 'Oak Lane Dental', 'York', 'care');
INSERT INTO companies (id, name, city, industry) VALUES (43, 'Marlow Print and Post', 'Norwich', 'services');
UPDATE companies SET city = 'Leeds' WHERE id IN (12, 24);
UPDATE companies SET industry = 'retail' WHERE id = 22;
UPDATE companies SET name = 'Summit Data Ltd' WHERE id = 10;

-- jobs: five added, some changed
INSERT INTO jobs (id, company_id, title, salary_min, salary_max, remote, posted) VALUES (151, 41, 'Deck Hand', 21500, 24000, 0, '2026-02-20');
INSERT INTO jobs (id, company_id, title, salary_min, salary_max, remote, posted) VALUES (152, 41, 'Booking Clerk', NULL, NULL, 1, '2026-02-21');
INSERT INTO jobs (id, company_id, title, salary_min, salary_max, remote, posted) VALUES (153, 10, 'Junior Data Analyst', 28000, 34000, 1, '2026-02-22');
INSERT INTO jobs (id, company_id, title, salary_min, salary_max, remote, posted) VALUES (154, 5, 'QA Tester', 26000, NULL, 1, '2026-02-24');
INSERT INTO jobs (id, company_id, title, salary_min, salary_max, remote, posted) VALUES (155, 3, 'Warehouse Team Lead', 28000, 32000, 0, '2026-02-26');
UPDATE jobs SET salary_min = salary_min + 1000, salary_max = salary_max + 1000 WHERE id IN (1, 2, 3, 40, 80, 120);
UPDATE jobs SET salary_min = NULL, salary_max = NULL WHERE id IN (5, 95);
UPDATE jobs SET remote = 1 - remote WHERE id IN (17, 18, 70);
UPDATE jobs SET title = 'Senior Warehouse Operative' WHERE id = (SELECT min(id) FROM jobs WHERE title = 'Warehouse Operative');

-- applicants: one who applied to nothing and one who applied removed, three added, some changed
DELETE FROM applicants WHERE id IN (1, 50);
INSERT INTO applicants (id, name, city, years_experience) VALUES (121, 'Marta Kaczmarek', 'Hull', 4);
INSERT INTO applicants (id, name, city, years_experience) VALUES (122, 'Jide Balogun', NULL, 0);
INSERT INTO applicants (id, name, city, years_experience) VALUES (123, 'Colin Frayne', 'York', 11);
UPDATE applicants SET years_experience = years_experience + 1 WHERE id IN (3, 6, 9, 12, 60);
UPDATE applicants SET city = 'Exeter' WHERE id IN (20, 21);

-- applications: some added, some removed, some changed
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (401, 151, 121, '2026-02-21', 'sent');
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (402, 152, 121, '2026-02-22', 'interview');
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (403, 153, 123, '2026-02-23', 'sent');
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (404, 23, 2, '2026-02-24', 'sent');
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (405, 154, 15, '2026-02-25', 'sent');
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (406, 155, 16, '2026-02-27', 'sent');
INSERT INTO applications (id, job_id, applicant_id, applied, status) VALUES (407, 38, 123, '2026-02-27', 'offer');
DELETE FROM applications WHERE id IN (10, 100, 200, 300);
UPDATE applications SET status = 'offer' WHERE id IN (5, 55, 155);
UPDATE applications SET status = 'rejected' WHERE id IN (SELECT id FROM applications WHERE status = 'interview' ORDER BY id LIMIT 5);

-- Top salaries rise for a third of the jobs, so averages move.
UPDATE jobs SET salary_max = salary_max + 4000 WHERE salary_max IS NOT NULL AND id % 3 = 0;
