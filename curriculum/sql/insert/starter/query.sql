-- Add the new member Rosa Delgado to the members table:
-- joined '2026-03-02', email 'rosa.delgado@mail.example', city 'Norwich'.
-- Here are the five newest members, to see what a row looks like:
SELECT * FROM members ORDER BY id DESC LIMIT 5;
