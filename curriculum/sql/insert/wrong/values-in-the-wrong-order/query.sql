-- gives the city before the email, so each lands in the other's column
INSERT INTO members (name, joined, email, city)
VALUES ('Rosa Delgado', '2026-03-02', 'Norwich', 'rosa.delgado@mail.example');
