-- gives the index another name; the name does not matter
CREATE INDEX idx_loans_member_id ON loans (member_id);
