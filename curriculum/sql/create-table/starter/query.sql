-- Create the tools table here.


-- Then this shows its columns:
SELECT name, type, "notnull", pk FROM pragma_table_info('tools');
