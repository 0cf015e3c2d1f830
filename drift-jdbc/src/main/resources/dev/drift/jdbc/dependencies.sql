-- What uses what, as pg_depend records it (deptype 'n': the server refuses to drop or retype the
-- referenced object while the dependent exists). Each end is described as a Drift object: a view's
-- _RETURN rule stands for the view, a column default for its column, a relation's row type for the
-- relation, a column of a view for the view. A policy is the dependent of the columns, tables and
-- functions its USING / WITH CHECK expressions use (it blocks their type change or drop). Objects of
-- other kinds describe to no row and drop out; the reader keeps only edges whose both ends are in the
-- catalog. Ends outside the schemas read are not described either (a schema-per-tenant fleet reads its
-- schemas in shares, each pass its own).
WITH edges AS (
    SELECT DISTINCT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
    FROM pg_depend d
    WHERE d.deptype = 'n'
      AND d.objid >= 16384 AND d.refobjid >= 16384 -- FirstNormalObjectId: nothing built in
), ends AS (
    SELECT classid, objid, objsubid FROM edges
    UNION
    SELECT refclassid, refobjid, refobjsubid FROM edges
), described AS (
    SELECT e.classid, e.objid, e.objsubid,
           CASE WHEN c.relkind IN ('r', 'p') AND e.objsubid > 0 THEN 'COLUMN'
                WHEN c.relkind IN ('r', 'p') THEN 'TABLE'
                WHEN c.relkind = 'v' THEN 'VIEW'
                WHEN c.relkind = 'm' THEN 'MATERIALIZED_VIEW'
                WHEN c.relkind = 'S' THEN 'SEQUENCE'
                WHEN c.relkind = 'i' THEN 'INDEX' END AS kind,
           n.nspname AS schema_name,
           CASE WHEN c.relkind IN ('r', 'p') AND e.objsubid > 0 THEN c.relname
                WHEN c.relkind = 'i'
                THEN (SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indrelid
                      WHERE x.indexrelid = c.oid) END AS parent_name,
           -- A column's name and an index's table are looked up for those ends only (joins would probe for
           -- every end).
           CASE WHEN c.relkind IN ('r', 'p') AND e.objsubid > 0
                THEN (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = e.objsubid)
                ELSE c.relname END AS object_name,
           NULL::text[] AS argument_types
    FROM ends e
    JOIN pg_class c ON e.classid = 'pg_class'::regclass AND c.oid = e.objid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid,
           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW' ELSE 'TABLE' END,
           n.nspname, NULL, c.relname, NULL
    FROM ends e
    JOIN pg_type t ON e.classid = 'pg_type'::regclass AND t.oid = e.objid
    JOIN pg_class c ON c.oid = t.typrelid AND c.relkind IN ('r', 'p', 'v', 'm')
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid,
           CASE WHEN p.prokind = 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END,
           n.nspname, NULL, p.proname,
           ARRAY(SELECT format_type(t.oid, NULL)
                 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type_oid, ord)
                 JOIN pg_type t ON t.oid = a.type_oid
                 ORDER BY a.ord)
    FROM ends e
    JOIN pg_proc p ON e.classid = 'pg_proc'::regclass AND p.oid = e.objid
    JOIN pg_namespace n ON n.oid = p.pronamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, 'TRIGGER', n.nspname, c.relname, t.tgname, NULL
    FROM ends e
    JOIN pg_trigger t ON e.classid = 'pg_trigger'::regclass AND t.oid = e.objid
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, 'CONSTRAINT', n.nspname, c.relname, con.conname, NULL
    FROM ends e
    JOIN pg_constraint con ON e.classid = 'pg_constraint'::regclass AND con.oid = e.objid
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, 'COLUMN', n.nspname, c.relname, a.attname, NULL
    FROM ends e
    JOIN pg_attrdef ad ON e.classid = 'pg_attrdef'::regclass AND ad.oid = e.objid
    JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
    JOIN pg_class c ON c.oid = ad.adrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid, 'POLICY', n.nspname, c.relname, pol.polname, NULL
    FROM ends e
    JOIN pg_policy pol ON e.classid = 'pg_policy'::regclass AND pol.oid = e.objid
    JOIN pg_class c ON c.oid = pol.polrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
    UNION ALL
    SELECT e.classid, e.objid, e.objsubid,
           CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED_VIEW' END, n.nspname, NULL, c.relname, NULL
    FROM ends e
    JOIN pg_rewrite r ON e.classid = 'pg_rewrite'::regclass AND r.oid = e.objid
    JOIN pg_class c ON c.oid = r.ev_class AND c.relkind IN ('v', 'm')
    JOIN pg_namespace n ON n.oid = c.relnamespace AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
)
SELECT DISTINCT
       d.kind AS dependent_kind, d.schema_name AS dependent_schema, d.parent_name AS dependent_parent,
       d.object_name AS dependent_name, d.argument_types AS dependent_arguments,
       r.kind AS referenced_kind, r.schema_name AS referenced_schema, r.parent_name AS referenced_parent,
       r.object_name AS referenced_name, r.argument_types AS referenced_arguments
-- Joined on one key per end, not three columns: the planner has no statistics for the CTEs, and three
-- equalities made it expect a single row and loop over every described end for every edge (quadratic).
FROM (SELECT e.classid::text || '.' || e.objid || '.' || e.objsubid AS dependent_key,
             e.refclassid::text || '.' || e.refobjid || '.' || e.refobjsubid AS referenced_key
      FROM edges e) e
JOIN (SELECT d.*, d.classid::text || '.' || d.objid || '.' || d.objsubid AS key
      FROM described d WHERE d.kind IS NOT NULL) d ON d.key = e.dependent_key
JOIN (SELECT r.*, r.classid::text || '.' || r.objid || '.' || r.objsubid AS key
      FROM described r WHERE r.kind IS NOT NULL) r ON r.key = e.referenced_key
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
