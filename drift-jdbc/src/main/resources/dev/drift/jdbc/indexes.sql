-- Indexes of the tables tables.sql reads and of materialized views (relkind 'm'), with the constraint each one backs, if any.
-- The join on conrelid keeps out foreign keys, whose conindid names the referenced table's index.
WITH idx AS MATERIALIZED (
    SELECT x.indexrelid, x.indrelid, x.indisunique, x.indnkeyatts, x.indkey, x.indclass, x.indcollation,
           x.indoption, n.nspname, c.relname AS table_name, c.relkind, i.relname AS index_name, i.relam,
           -- Whether the definition may be written here (see plain below): no expression, predicate, storage
           -- parameter, NULLS NOT DISTINCT or column option, and not on a partitioned table.
           c.relkind <> 'p' AND x.indexprs IS NULL AND x.indpred IS NULL AND i.reloptions IS NULL
               AND NOT {{since_pg15 x.indnullsnotdistinct}}
               AND NOT EXISTS (SELECT 1 FROM pg_attribute ia
                               WHERE ia.attrelid = x.indexrelid AND ia.attoptions IS NOT NULL) AS simple
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm')
      AND c.relpersistence IN ('p', 'u')
      AND {{user_schema n}}
      AND {{user_object c.oid pg_class}}
),
-- The column list of a simple index whose key columns each have their type's own default operator class and
-- their collation, written as pg_get_indexdef writes it: name, then DESC / NULLS FIRST / NULLS LAST where the
-- method orders (the default order written as nothing), then INCLUDE (...). pg_get_indexdef looks up the
-- default operator class of every column by scanning pg_opclass (about a tenth of a read's server time on
-- 1,000 tables); here every index's columns are joined at once. Anything else is the server's text.
-- ConvergenceRunner checks on every golden case and major that the two agree.
plain AS (
    SELECT k.indexrelid,
           count(a.attnum) = max(k.columns)
               AND bool_and(k.ord > k.indnkeyatts
                            OR (k.coll = 0 OR k.coll = a.attcollation)
                               AND oc.opcdefault AND oc.opcintype = a.atttypid AND oc.opcmethod = k.relam
                               AND (k.opt = 0 OR k.opt IN (1, 2, 3) AND pg_indexam_has_property(k.relam, 'can_order')))
               AS written,
           string_agg(quote_ident(a.attname)
                      || CASE k.opt WHEN 1 THEN ' DESC NULLS LAST' WHEN 2 THEN ' NULLS FIRST' WHEN 3 THEN ' DESC'
                                    ELSE '' END, ', ' ORDER BY k.ord) FILTER (WHERE k.ord <= k.indnkeyatts) AS key_columns,
           string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord) FILTER (WHERE k.ord > k.indnkeyatts) AS included
    FROM (SELECT idx.indexrelid, idx.indrelid, idx.indnkeyatts, idx.relam, cardinality(idx.indkey::int2[]) AS columns,
                 u.attnum, u.opclass, u.coll, u.opt, u.ord
          FROM idx, unnest(idx.indkey::int2[], idx.indclass::oid[], idx.indcollation::oid[], idx.indoption::int2[])
                        WITH ORDINALITY AS u(attnum, opclass, coll, opt, ord)
          WHERE idx.simple) k
    LEFT JOIN pg_attribute a ON a.attrelid = k.indrelid AND a.attnum = k.attnum AND k.attnum > 0
    LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
    GROUP BY k.indexrelid
)
SELECT idx.nspname AS schema_name,
       idx.table_name,
       idx.index_name,
       -- On a partitioned table the server writes ON ONLY, which would create an invalid index on the
       -- parent alone; without ONLY the index is built on every partition too, as the reference has it.
       CASE WHEN plain.written
            THEN 'CREATE ' || CASE WHEN idx.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
                 || quote_ident(idx.index_name) || ' ON ' || quote_ident(idx.nspname) || '.' || quote_ident(idx.table_name)
                 || ' USING ' || quote_ident(am.amname) || ' (' || plain.key_columns || ')'
                 || coalesce(' INCLUDE (' || plain.included || ')', '')
            WHEN idx.relkind = 'p' THEN regexp_replace(pg_get_indexdef(idx.indexrelid), ' ON ONLY ', ' ON ')
            ELSE pg_get_indexdef(idx.indexrelid) END AS definition,
       con.conname AS constraint_name,
       -- A partition's index attached to its parent's (pg_inherits between the indexes): the parent's index.
       pn.nspname AS parent_schema,
       pt.relname AS parent_table,
       pi.relname AS parent_index,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       idx.indexrelid AS object_oid
FROM idx
JOIN pg_am am ON am.oid = idx.relam
LEFT JOIN plain ON plain.indexrelid = idx.indexrelid
LEFT JOIN pg_constraint con ON con.conindid = idx.indexrelid AND con.conrelid = idx.indrelid
                           AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_inherits ih ON ih.inhrelid = idx.indexrelid
LEFT JOIN pg_class pi ON pi.oid = ih.inhparent
LEFT JOIN pg_index px ON px.indexrelid = ih.inhparent
LEFT JOIN pg_class pt ON pt.oid = px.indrelid
LEFT JOIN pg_namespace pn ON pn.oid = pt.relnamespace
ORDER BY 1, 2, 3
