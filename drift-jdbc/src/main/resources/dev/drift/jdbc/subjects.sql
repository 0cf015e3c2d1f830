-- Owner, comment and grants of every object that can carry them, one row per object that has an owner of
-- its own (columns follow their table's), an ACL or a comment. One query, so that the ten-branch list of
-- objects below is planned and run once (it was three queries, one each for owners, comments and grants).
--
-- The subject CTE lists those objects, each with the key Drift gives it (kind, schema, parent table,
-- name, argument types), where pg_description finds it (classoid, objoid, objsubid), its owner and its
-- ACL (the built-in default when the catalog holds NULL, so that "never granted" and "granted what the
-- default gives" compare equal). Inherited and extension-owned objects are left out, as the other
-- queries leave them out.
WITH subject AS (
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW'
                ELSE 'TABLE' END AS kind,
           n.nspname::text AS schema_name, NULL::text AS parent_name, c.relname::text AS object_name,
           '{}'::text[] AS arguments,
           'pg_class'::regclass::oid AS classoid, c.oid AS objoid, 0 AS objsubid, c.relowner AS owner_oid,
           coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)) AS acl
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
      AND c.relpersistence IN ('p', 'u')
      AND {{user_schema n}}
      AND {{user_object c.oid pg_class}}
      -- objsubid 0: the relation itself (an identity sequence is internal to its column); a partitioned
      -- table's key columns depend internally on the table (objsubid > 0, refobjid the table itself), which
      -- must not hide it.
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.objsubid = 0
                        AND d.deptype = 'i' AND d.refobjid <> c.oid)
    UNION ALL
    SELECT 'COLUMN', n.nspname, c.relname, a.attname, '{}', 'pg_class'::regclass, c.oid, a.attnum, c.relowner, a.attacl
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p')
      AND a.attnum > 0
      AND NOT a.attisdropped
      AND NOT c.relispartition
      AND a.attislocal -- the columns columns.sql reads: a child's own, inherited or not
      AND c.relpersistence IN ('p', 'u')
      AND {{user_schema n}}
      AND {{user_object c.oid pg_class}}
      -- A column has no owner of its own: only one with an ACL or a comment gives a row, and listing every
      -- column of a database of many tenant schemas only to join it to pg_description is the bulk of this
      -- query there. (The same filter on indexes, constraints and triggers saved less than its planning cost
      -- on a tenant database of 50 tables.)
      AND (a.attacl IS NOT NULL
           OR (a.attrelid, a.attnum::int) IN (SELECT d.objoid, d.objsubid FROM pg_description d
                                             WHERE d.classoid = 'pg_class'::regclass AND d.objsubid > 0))
    UNION ALL
    SELECT 'INDEX', n.nspname, c.relname, i.relname, '{}', 'pg_class'::regclass, i.oid, 0, NULL, NULL
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm')
      AND c.relpersistence IN ('p', 'u')
      AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = x.indexrelid)
      AND {{user_schema n}}
      AND {{user_object c.oid pg_class}}
    UNION ALL
    SELECT 'CONSTRAINT', n.nspname, c.relname, con.conname, '{}', 'pg_constraint'::regclass, con.oid, 0, NULL, NULL
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
      AND con.conparentid = 0
      AND con.conislocal
      AND {{user_schema n}}
      AND {{user_object c.oid pg_class}}
    UNION ALL
    SELECT 'TRIGGER', n.nspname, c.relname, tg.tgname, '{}', 'pg_trigger'::regclass, tg.oid, 0, NULL, NULL
    FROM pg_trigger tg
    JOIN pg_class c ON c.oid = tg.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT tg.tgisinternal
      AND tg.tgparentid = 0
      AND {{user_schema n}}
      AND {{user_object c.oid pg_class}}
    UNION ALL
    SELECT 'POLICY', n.nspname, c.relname, pol.polname, '{}', 'pg_policy'::regclass, pol.oid, 0, NULL, NULL
    FROM pg_policy pol
    JOIN pg_class c ON c.oid = pol.polrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE {{user_schema n}}
      AND {{user_object c.oid pg_class}}
    UNION ALL
    SELECT 'SCHEMA', n.nspname, NULL, n.nspname, '{}', 'pg_namespace'::regclass, n.oid, 0, n.nspowner,
           coalesce(n.nspacl, acldefault('n', n.nspowner))
    FROM pg_namespace n
    WHERE {{user_schema n}}
      AND {{not_extension_member n.oid pg_namespace}}
    UNION ALL
    SELECT 'TYPE', n.nspname, NULL, t.typname, '{}', 'pg_type'::regclass, t.oid, 0, t.typowner,
           coalesce(t.typacl, acldefault('T', t.typowner))
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_class rel ON rel.oid = t.typrelid
    WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND rel.relkind = 'c'))
      AND {{user_schema n}}
      AND {{user_object t.oid pg_type}}
    UNION ALL
    -- A collation has an owner and a comment, and no ACL.
    SELECT 'COLLATION', n.nspname, NULL, co.collname, '{}', 'pg_collation'::regclass, co.oid, 0, co.collowner, NULL
    FROM pg_collation co
    JOIN pg_namespace n ON n.oid = co.collnamespace
    WHERE {{user_schema n}}
      AND {{user_object co.oid pg_collation}}
    UNION ALL
    SELECT CASE p.prokind WHEN 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END, n.nspname, NULL, p.proname,
           ARRAY(SELECT format_type(a.t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(t, i) ORDER BY a.i),
           'pg_proc'::regclass, p.oid, 0, p.proowner, coalesce(p.proacl, acldefault('f', p.proowner))
    FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE {{user_schema n}}
      AND {{user_object p.oid pg_proc}}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
)
-- The grants are a two-dimensional array, one {grantee, privileges, privileges WITH GRANT OPTION} triple
-- per grantee (PUBLIC for 0), the privileges a sorted comma-joined list (their names hold no comma); NULL
-- when there are none. The owner's own entry is left out (it follows ownership), as is who granted what.
-- Columns have no owner of their own, and an ACL only when granted something.
SELECT s.kind, s.schema_name, s.parent_name, s.object_name, s.arguments,
       CASE WHEN s.kind <> 'COLUMN' THEN pg_get_userbyid(s.owner_oid)::text END AS owner,
       d.description AS comment,
       (SELECT array_agg(ARRAY[e.grantee, e.privileges, e.grant_options] ORDER BY e.grantee)
        FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                     string_agg(x.privilege_type, ',' ORDER BY x.privilege_type) AS privileges,
                     coalesce(string_agg(x.privilege_type, ',' ORDER BY x.privilege_type) FILTER (WHERE x.is_grantable),
                              '') AS grant_options
              FROM aclexplode(s.acl) x
              WHERE x.grantee IS DISTINCT FROM s.owner_oid
              GROUP BY 1) e) AS grants
FROM subject s
LEFT JOIN pg_description d ON d.classoid = s.classoid AND d.objoid = s.objoid AND d.objsubid = s.objsubid
WHERE (s.owner_oid IS NOT NULL AND s.kind <> 'COLUMN')
   OR s.acl IS NOT NULL
   OR d.description IS NOT NULL
ORDER BY 1, 2, 3, 4, 5
