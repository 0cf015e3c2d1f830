-- User triggers of tables and views. Internal triggers (foreign keys, deferred unique checks) and the
-- clones a partition inherits from its parent's trigger (tgparentid <> 0) are left out.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS trigger_name,
       pg_get_triggerdef(t.oid) AS definition,
       t.tgenabled::text AS enabled,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       t.oid AS object_oid
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2, 3
