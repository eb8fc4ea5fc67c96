-- leaves out the joined date, which must not be empty, so the database refuses the row
INSERT INTO members (name, email, city)
VALUES ('Rosa Delgado', 'rosa.delgado@mail.example', 'Norwich');
