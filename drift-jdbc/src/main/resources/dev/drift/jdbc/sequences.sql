-- Free-standing sequences (identity sequences are read with their column), with OWNED BY.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       format_type(s.seqtypid, NULL) AS seq_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       on_.nspname AS owner_schema,
       oc.relname AS owner_table,
       oa.attname AS owner_column,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       c.oid AS object_oid
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend od ON od.classid = 'pg_class'::regclass AND od.objid = c.oid
                      AND od.refclassid = 'pg_class'::regclass AND od.deptype = 'a'
LEFT JOIN pg_class oc ON oc.oid = od.refobjid
LEFT JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
LEFT JOIN pg_attribute oa ON oa.attrelid = od.refobjid AND oa.attnum = od.refobjsubid
WHERE c.relpersistence IN ('p', 'u')
  AND {{user_schema n}}
  AND {{user_object c.oid pg_class}}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
ORDER BY 1, 2
