-- Ordinary and partitioned tables, partitions included (not temporary, not owned by an extension).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.relpersistence AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       -- NULL for the default (d); an index identity whose index is gone acts as NOTHING but reads as NULL.
       CASE c.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
            WHEN 'i' THEN (SELECT 'USING INDEX ' || quote_ident(ic.relname)
                           FROM pg_index ri JOIN pg_class ic ON ic.oid = ri.indexrelid
                           WHERE ri.indrelid = c.oid AND ri.indisreplident) END AS replica_identity,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       c.oid AS object_oid,
       c.reltype AS row_type_oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND c.relpersistence IN ('p', 'u')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2
