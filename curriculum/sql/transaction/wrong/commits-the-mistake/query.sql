-- ends the first transaction with COMMIT instead of ROLLBACK, so the DELETE of every item is kept
BEGIN;
DELETE FROM order_items;

COMMIT;

BEGIN;
DELETE FROM order_items
WHERE order_id IN (SELECT id FROM orders WHERE status = 'cancelled');
DELETE FROM orders WHERE status = 'cancelled';
COMMIT;
