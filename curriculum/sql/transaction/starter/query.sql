-- Someone started a transaction, then made a mistake:
-- this DELETE has no WHERE, so it removes the items of EVERY order.
BEGIN;
DELETE FROM order_items;

-- Leave the two lines above as they are. Below this line:
-- 1. undo the mistake;
-- 2. in a new transaction, delete the items of the cancelled orders,
--    then the cancelled orders;
-- 3. keep those changes.
