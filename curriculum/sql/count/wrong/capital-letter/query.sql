-- writes 'Cancelled' with a capital C, which matches no order, so the count is 0
SELECT COUNT(*) FROM orders WHERE status = 'Cancelled';
