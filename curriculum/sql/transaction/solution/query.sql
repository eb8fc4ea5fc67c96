-- Someone started a transaction, then made a mistake:
-- this DELETE has no WHERE, so it removes the items of EVERY order.
BEGIN;
DELETE FROM order_items;

ROLLBACK;

BEGIN;
DELETE FROM order_items
WHERE order_id IN (SELECT id FROM orders WHERE status = 'cancelled');
DELETE FROM orders WHERE status = 'cancelled';
COMMIT;
