-- User schemas: no system schemas, no schemas an extension owns.
-- Parameter 1: text[] of schema names to read, or NULL for all.
SELECT n.nspname AS schema_name,
       n.oid AS object_oid
FROM pg_namespace n
WHERE {{user_schema n}}
  AND {{not_extension_member n.oid pg_namespace}}
ORDER BY 1
