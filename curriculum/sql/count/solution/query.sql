SELECT COUNT(*) FROM orders WHERE status = 'cancelled';
