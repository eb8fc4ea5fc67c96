CREATE INDEX loans_by_member ON loans (member_id);

EXPLAIN QUERY PLAN SELECT * FROM loans WHERE member_id = 17;
