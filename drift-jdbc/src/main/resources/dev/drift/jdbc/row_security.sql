-- Tables with row-level security enabled or forced (the others have it off).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.relrowsecurity AS enabled,
       c.relforcerowsecurity AS forced
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND (c.relrowsecurity OR c.relforcerowsecurity)
  AND c.relpersistence IN ('p', 'u')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2
