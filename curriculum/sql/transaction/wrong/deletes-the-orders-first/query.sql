-- deletes the cancelled orders first, so the subquery then finds no cancelled orders and their items stay
BEGIN;
DELETE FROM order_items;

ROLLBACK;

BEGIN;
DELETE FROM orders WHERE status = 'cancelled';
DELETE FROM order_items
WHERE order_id IN (SELECT id FROM orders WHERE status = 'cancelled');
COMMIT;
