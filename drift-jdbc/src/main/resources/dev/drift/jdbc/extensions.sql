-- Installed extensions with the schema they live in and their version (those in pg_catalog, such as
-- plpgsql, come with every database and are not read).
SELECT n.nspname AS schema_name,
       e.extname AS extension_name,
       e.extversion AS version
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE {{user_schema n}}
ORDER BY 1, 2
