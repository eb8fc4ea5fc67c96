-- writes BEGIN TRANSACTION and END TRANSACTION, which mean the same as BEGIN and COMMIT
BEGIN;
DELETE FROM order_items;

ROLLBACK TRANSACTION;

BEGIN TRANSACTION;
DELETE FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE status = 'cancelled');
DELETE FROM orders WHERE status = 'cancelled';
END TRANSACTION;
SELECT COUNT(*) FROM orders;
