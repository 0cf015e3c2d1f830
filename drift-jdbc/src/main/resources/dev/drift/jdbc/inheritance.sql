-- Which table is a partition of, or inherits from, which; with the partition bound.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       pn.nspname AS parent_schema,
       p.relname AS parent_table,
       -- A bound holds values only, so it is deparsed without its table, which pg_get_expr would otherwise open
       -- and lock (as for defaults in columns.sql).
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, 0) END AS bound
FROM pg_inherits i
JOIN pg_class c ON c.oid = i.inhrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class p ON p.oid = i.inhparent
JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND c.relpersistence IN ('p', 'u')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2, 3, 4
