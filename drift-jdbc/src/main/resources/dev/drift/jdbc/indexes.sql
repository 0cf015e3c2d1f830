-- Indexes of the tables tables.sql reads and of materialized views (relkind 'm'), with the constraint each one backs, if any.
-- The join on conrelid keeps out foreign keys, whose conindid names the referenced table's index.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       i.relname AS index_name,
       -- A plain index (key columns only, each with its type's own default operator class, its collation,
       -- ascending; no expression, predicate, INCLUDE, options, NULLS NOT DISTINCT) is written here as
       -- pg_get_indexdef writes it: pg_get_indexdef looks up the default operator class of every column by
       -- scanning pg_opclass (about a tenth of a read's server time on 1,000 tables). Anything else is the
       -- server's text. ConvergenceRunner checks on every golden case and major that the two agree.
       -- On a partitioned table the server writes ON ONLY, which would create an invalid index on the
       -- parent alone; without ONLY the index is built on every partition too, as the reference has it.
       CASE WHEN plain.columns IS NOT NULL
            THEN 'CREATE ' || CASE WHEN x.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || quote_ident(i.relname)
                 || ' ON ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                 || ' USING ' || quote_ident(am.amname) || ' (' || plain.columns || ')'
            WHEN c.relkind = 'p' THEN regexp_replace(pg_get_indexdef(x.indexrelid), ' ON ONLY ', ' ON ')
            ELSE pg_get_indexdef(x.indexrelid) END AS definition,
       con.conname AS constraint_name,
       -- A partition's index attached to its parent's (pg_inherits between the indexes): the parent's index.
       pn.nspname AS parent_schema,
       pt.relname AS parent_table,
       pi.relname AS parent_index,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       x.indexrelid AS object_oid
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_am am ON am.oid = i.relam
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
-- The key columns of a plain index, or NULL. The tests on the index alone stand inside the subquery (behind
-- OFFSET 0, as one-time filters); an index with any other key column gets NULL (the count must match).
LEFT JOIN LATERAL (SELECT CASE WHEN count(*) = x.indnkeyatts
                               THEN string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord) END AS columns
                   FROM unnest(x.indkey::int2[], x.indclass::oid[], x.indcollation::oid[], x.indoption::int2[])
                            WITH ORDINALITY AS k(attnum, opclass, coll, opt, ord)
                   JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                   JOIN pg_opclass oc ON oc.oid = k.opclass
                   WHERE c.relkind <> 'p'
                     AND x.indexprs IS NULL AND x.indpred IS NULL AND x.indnkeyatts = x.indnatts
                     AND i.reloptions IS NULL AND NOT {{since_pg15 x.indnullsnotdistinct}}
                     AND NOT EXISTS (SELECT 1 FROM pg_attribute ia
                                     WHERE ia.attrelid = x.indexrelid AND ia.attoptions IS NOT NULL)
                     AND k.opt = 0
                     AND (k.coll = 0 OR k.coll = a.attcollation)
                     AND oc.opcdefault AND oc.opcintype = a.atttypid AND oc.opcmethod = i.relam
                   OFFSET 0) plain ON true
LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                           AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_inherits ih ON ih.inhrelid = x.indexrelid
LEFT JOIN pg_class pi ON pi.oid = ih.inhparent
LEFT JOIN pg_index px ON px.indexrelid = ih.inhparent
LEFT JOIN pg_class pt ON pt.oid = px.indrelid
LEFT JOIN pg_namespace pn ON pn.oid = pt.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND c.relpersistence IN ('p', 'u')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
ORDER BY 1, 2, 3
