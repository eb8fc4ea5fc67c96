-- deletes the cancelled orders but not their items, which are left pointing at orders that are gone
BEGIN;
DELETE FROM order_items;

ROLLBACK;

BEGIN;
DELETE FROM orders WHERE status = 'cancelled';
COMMIT;
