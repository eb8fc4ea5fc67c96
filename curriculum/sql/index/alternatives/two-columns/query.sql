-- indexes member_id and then loaned; member_id comes first, so a search by member can still use it
CREATE INDEX loans_by_member_and_date ON loans (member_id, loaned);

EXPLAIN QUERY PLAN SELECT * FROM loans WHERE member_id = 17;
