-- User schemas: no system schemas, no schemas an extension owns.
-- Parameter 1: text[] of schema names to read, or NULL for all.
SELECT n.nspname AS schema_name
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY 1
