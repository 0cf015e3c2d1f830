-- Ordinary and partitioned tables, partitions included (not temporary, not owned by an extension).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.relpersistence AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND c.relpersistence IN ('p', 'u')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d -- extension members: one hashed lookup
                     WHERE d.refclassid = 'pg_extension'::regclass AND d.classid = 'pg_class'::regclass
                           AND d.deptype = 'e')
ORDER BY 1, 2
