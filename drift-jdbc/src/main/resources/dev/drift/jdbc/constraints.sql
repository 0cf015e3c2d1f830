-- Primary key, unique, check, foreign key and exclusion constraints of the tables tables.sql reads, in no
-- particular order: the catalog sorts objects itself, and sorting the rows by names in the database's collation
-- cost the server 10 to 25 ms of this query's 115 to 130 (1,000 tables, 4,197 constraints).
-- (PostgreSQL 18 also lists NOT NULL as constraints, contype 'n': those are read as column nullability.)
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype::text AS constraint_type,
       pg_get_constraintdef(con.oid) AS definition,
       -- One index probe per key column (a join would read every column of the table per constraint).
       ARRAY(SELECT (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             ORDER BY k.ord) AS columns,
       fn.nspname AS referenced_schema,
       fc.relname AS referenced_table,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       con.oid AS object_oid
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND c.relkind IN ('r', 'p')
  AND c.relpersistence IN ('p', 'u')
  -- Constraints a partition or child table inherits are the parent's, not its own.
  AND con.conparentid = 0
  AND con.conislocal
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
