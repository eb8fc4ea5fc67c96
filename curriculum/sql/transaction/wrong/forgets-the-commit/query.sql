-- rolls back and deletes the right rows, but never commits, so the new transaction is undone too
BEGIN;
DELETE FROM order_items;

ROLLBACK;

BEGIN;
DELETE FROM order_items
WHERE order_id IN (SELECT id FROM orders WHERE status = 'cancelled');
DELETE FROM orders WHERE status = 'cancelled';
SELECT COUNT(*) FROM orders;
