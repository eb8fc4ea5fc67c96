-- carries on inside the first transaction without undoing the mistake, then commits it all
BEGIN;
DELETE FROM order_items;

DELETE FROM order_items
WHERE order_id IN (SELECT id FROM orders WHERE status = 'cancelled');
DELETE FROM orders WHERE status = 'cancelled';
COMMIT;
