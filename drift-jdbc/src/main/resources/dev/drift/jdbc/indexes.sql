-- Indexes of the tables tables.sql reads and of materialized views (relkind 'm'), with the constraint each one backs, if any.
-- The join on conrelid keeps out foreign keys, whose conindid names the referenced table's index.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       i.relname AS index_name,
       -- On a partitioned table the server writes ON ONLY, which would create an invalid index on the
       -- parent alone; without ONLY the index is built on every partition too, as the reference has it.
       CASE WHEN c.relkind = 'p' THEN regexp_replace(pg_get_indexdef(x.indexrelid), ' ON ONLY ', ' ON ')
            ELSE pg_get_indexdef(x.indexrelid) END AS definition,
       con.conname AS constraint_name,
       -- A partition's index attached to its parent's (pg_inherits between the indexes): the parent's index.
       pn.nspname AS parent_schema,
       pt.relname AS parent_table,
       pi.relname AS parent_index,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       x.indexrelid AS object_oid
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                           AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_inherits ih ON ih.inhrelid = x.indexrelid
LEFT JOIN pg_class pi ON pi.oid = ih.inhparent
LEFT JOIN pg_index px ON px.indexrelid = ih.inhparent
LEFT JOIN pg_class pt ON pt.oid = px.indrelid
LEFT JOIN pg_namespace pn ON pn.oid = pt.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND c.relpersistence IN ('p', 'u')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2, 3
