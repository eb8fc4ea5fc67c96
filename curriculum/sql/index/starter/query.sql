-- The desk often lists the loans of one member.
-- Create an index on the line below, so the plan says SEARCH instead of SCAN.

EXPLAIN QUERY PLAN SELECT * FROM loans WHERE member_id = 17;
