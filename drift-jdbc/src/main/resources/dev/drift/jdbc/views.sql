-- Views and materialized views (not owned by an extension) with their output columns and a view's
-- options. Whether a materialized view is populated is state, not schema, and is not read.
SELECT n.nspname AS schema_name,
       c.relkind::text AS kind,
       c.relname AS view_name,
       ARRAY(SELECT quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
             FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS columns,
       pg_get_viewdef(c.oid) AS definition,
       (SELECT o.option_value FROM pg_options_to_table(c.reloptions) o
        WHERE o.option_name = 'check_option') AS check_option,
       COALESCE((SELECT o.option_value::boolean FROM pg_options_to_table(c.reloptions) o
                 WHERE o.option_name = 'security_barrier'), false) AS security_barrier,
       COALESCE((SELECT o.option_value::boolean FROM pg_options_to_table(c.reloptions) o
                 WHERE o.option_name = 'security_invoker'), false) AS security_invoker,
       -- A materialized view's storage parameters (a view's options are read above), the TOAST table's prefixed "toast." as pg_dump writes them, sorted.
       ARRAY(SELECT o FROM (SELECT unnest(c.reloptions) AS o
                            UNION ALL
                            SELECT 'toast.' || unnest(t.reloptions) FROM pg_class t WHERE t.oid = c.reltoastrelid) s
             ORDER BY o COLLATE "C") AS storage,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       c.oid AS object_oid,
       c.reltype AS row_type_oid,
       ARRAY(SELECT r.oid::bigint FROM pg_rewrite r WHERE r.ev_class = c.oid) AS rule_oids
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2
