-- Create the suppliers table here.


-- Then these show its columns and the lists kept for UNIQUE columns:
SELECT name, type, "notnull", pk FROM pragma_table_info('suppliers');
SELECT name, "unique" FROM pragma_index_list('suppliers');
