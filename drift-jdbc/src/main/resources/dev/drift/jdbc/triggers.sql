-- User triggers of tables and views. Internal triggers (foreign keys, deferred unique checks) and the
-- clones a partition inherits from its parent's trigger (tgparentid <> 0) are left out.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS trigger_name,
       pg_get_triggerdef(t.oid) AS definition,
       t.tgenabled::text AS enabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d -- extension members: one hashed lookup
                     WHERE d.refclassid = 'pg_extension'::regclass AND d.classid = 'pg_class'::regclass
                           AND d.deptype = 'e')
ORDER BY 1, 2, 3
