-- lists the cancelled orders instead of counting them
SELECT * FROM orders WHERE status = 'cancelled';
