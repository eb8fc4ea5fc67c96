-- indexes book_id, which the query does not search by, so the plan still says SCAN
CREATE INDEX loans_by_book ON loans (book_id);

EXPLAIN QUERY PLAN SELECT * FROM loans WHERE member_id = 17;
