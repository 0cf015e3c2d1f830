-- Live columns of the tables that tables.sql reads, with defaults, identity and generation, in attnum
-- order per table. The reader numbers them (position counts live columns only, so a dropped column in one
-- history is no difference): a window function here would sort every row twice. Ordered by the table's OID,
-- not its name: the catalog sorts objects itself, and sorting the rows by names in the database's collation
-- cost the server 20 to 35 ms of this query's 145 to 155 (1,000 tables, 13,677 columns).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       a.attname AS column_name,
       a.attnum AS attnum,
       format_type(a.atttypid, a.atttypmod) AS data_type,
       a.attnotnull AS not_null,
       -- A default cannot refer to a column (PostgreSQL refuses it), so it is deparsed without its table:
       -- with the table, pg_get_expr opens and locks it (a relation cache entry built per table, a third of
       -- this query's time on a new server process). A generation expression refers to columns: it needs it.
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) END AS default_expression,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated_expression,
       a.attgenerated::text AS generated_kind,
       a.attidentity::text AS identity_kind,
       CASE WHEN a.attcollation <> t.typcollation
            THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation,
       format_type(s.seqtypid, NULL) AS seq_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       a.attrelid AS relation_oid,
       ad.oid AS default_oid
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
-- An identity column's sequence (its internal dependent): looked up for identity columns only. The test on
-- attidentity stands inside the lateral subquery, where it depends on the outer row alone, so the planner
-- makes it a one-time filter; as a join condition it was checked after probing pg_depend for every column
-- (a third of this query's time on 13,677 columns).
LEFT JOIN LATERAL (SELECT q.*
                   FROM pg_depend sd
                   JOIN pg_sequence q ON q.seqrelid = sd.objid
                   WHERE a.attidentity <> ''
                     AND sd.refclassid = 'pg_class'::regclass AND sd.refobjid = a.attrelid
                     AND sd.refobjsubid = a.attnum
                     AND sd.classid = 'pg_class'::regclass AND sd.deptype = 'i'
                   OFFSET 0) s ON true
WHERE a.attnum > 0
  AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND c.relpersistence IN ('p', 'u')
  -- Inherited columns (every column of a partition) are the parent's: see inheritance.sql. A child's column
  -- that is inherited and also its own (attislocal: it had the column before INHERIT, or the parent's column was
  -- added or dropped ONLY later) is read as the child's, as pg_dump lists it in the child's CREATE TABLE: whether
  -- the child keeps it when the parent drops it depends on that.
  AND NOT c.relispartition
  AND a.attislocal
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY a.attrelid, a.attnum
