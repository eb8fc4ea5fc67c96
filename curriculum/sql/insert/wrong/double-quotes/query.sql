-- puts the values in double quotes, which SQL reads as column names, so the INSERT fails
INSERT INTO members (name, joined, email, city)
VALUES ("Rosa Delgado", "2026-03-02", "rosa.delgado@mail.example", "Norwich");
