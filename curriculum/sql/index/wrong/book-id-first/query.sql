-- puts book_id first in the index, so it is sorted by book and cannot find one member's loans quickly
CREATE INDEX loans_by_book_and_member ON loans (book_id, member_id);

EXPLAIN QUERY PLAN SELECT * FROM loans WHERE member_id = 17;
