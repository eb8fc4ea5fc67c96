-- leaves the email out, so the new member has no email
INSERT INTO members (name, joined, city)
VALUES ('Rosa Delgado', '2026-03-02', 'Norwich');
