-- Create the reviews table here:
-- id, product_id (links to products), customer_id (links to customers), stars.


-- Then this shows its links:
SELECT "from", "table", "to" FROM pragma_foreign_key_list('reviews');
