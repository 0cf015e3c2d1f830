-- Row-level security policies, with their roles by name ('public' for all) and expressions.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       pol.polname AS policy_name,
       pol.polcmd::text AS command,
       pol.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE pg_get_userbyid(r.oid)::text END
             FROM unnest(pol.polroles) AS r(oid) ORDER BY 1) AS roles,
       pg_get_expr(pol.polqual, pol.polrelid) AS using_expression,
       pg_get_expr(pol.polwithcheck, pol.polrelid) AS check_expression,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       pol.oid AS object_oid
FROM pg_policy pol
JOIN pg_class c ON c.oid = pol.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2, 3
