-- indexes the id column of the members table, but the query reads the loans table
CREATE INDEX members_by_id ON members (id);

EXPLAIN QUERY PLAN SELECT * FROM loans WHERE member_id = 17;
