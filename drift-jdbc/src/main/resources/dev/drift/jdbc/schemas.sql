-- User schemas: no system schemas, no schemas an extension owns.
-- Parameter 1: text[] of schema names to read, or NULL for all.
SELECT n.nspname AS schema_name
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
  AND n.oid NOT IN (SELECT d.objid FROM pg_depend d -- extension members: one hashed lookup
                     WHERE d.refclassid = 'pg_extension'::regclass AND d.classid = 'pg_namespace'::regclass
                           AND d.deptype = 'e')
ORDER BY 1
