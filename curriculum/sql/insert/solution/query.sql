INSERT INTO members (name, joined, email, city)
VALUES ('Rosa Delgado', '2026-03-02', 'rosa.delgado@mail.example', 'Norwich');

SELECT * FROM members ORDER BY id DESC LIMIT 5;
