-- Owner, comment and grants of every object that can carry them, as raw catalog rows named by where
-- pg_description names an object (classoid, objoid, objsubid). The object's key is not built here: each of the
-- other queries said which of its objects carries these under which row (KindReader.Rows#subject), and the
-- reader resolves these rows against that once every other query's rows are in (this query is the last one).
-- A row that names no object of the read (an extension member, another schema, an inherited index or column, a
-- relation's row type, an identity sequence) is dropped there. So every branch scans one catalog, with no join
-- to plan: a new server process plans joins on cold catalog caches, and the ten-branch join that built the keys
-- here cost a 50-table tenant's read about a seventh of its server time, and a 1,000-table read 130 ms of
-- execution (against 50 now).
--
-- First, owners and ACLs (the built-in default when the catalog holds NULL, so that "never granted" and "granted
-- what the default gives" compare equal), of the objects in the schemas read. Columns have no owner of their
-- own, and an ACL only when granted something; the table's owner is theirs for leaving out its own entry.
-- Indexes, constraints, triggers and policies have neither, collations no ACL: they appear in the comments below.
WITH ns AS (
    SELECT n.oid FROM pg_namespace n WHERE {{user_schema n}}
), subject AS (
    SELECT 'pg_class'::regclass::oid AS classoid, c.oid AS objoid, 0 AS objsubid, c.relowner AS owner_oid,
           coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)) AS acl
    FROM pg_class c
    WHERE c.oid >= 16384 AND c.relkind IN ('r', 'p', 'S', 'v', 'm') AND c.relnamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT 'pg_class'::regclass, a.attrelid, a.attnum, (SELECT c.relowner FROM pg_class c WHERE c.oid = a.attrelid),
           a.attacl
    FROM pg_attribute a
    WHERE a.attrelid >= 16384 AND a.attnum > 0 AND a.attacl IS NOT NULL
    UNION ALL
    SELECT 'pg_namespace'::regclass, n.oid, 0, n.nspowner, coalesce(n.nspacl, acldefault('n', n.nspowner))
    FROM pg_namespace n
    WHERE n.oid IN (SELECT oid FROM ns)
    UNION ALL
    -- A composite type's row is a relation of kind 'c'; a table's or a view's row type is not a type of its own.
    SELECT 'pg_type'::regclass, t.oid, 0, t.typowner, coalesce(t.typacl, acldefault('T', t.typowner))
    FROM pg_type t
    WHERE t.oid >= 16384 AND t.typnamespace IN (SELECT oid FROM ns)
      AND (t.typtype IN ('e', 'd', 'r')
           OR (t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c'))
    UNION ALL
    SELECT 'pg_collation'::regclass, co.oid, 0, co.collowner, NULL
    FROM pg_collation co
    WHERE co.oid >= 16384 AND co.collnamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid, 0, p.proowner, coalesce(p.proacl, acldefault('f', p.proowner))
    FROM pg_proc p
    WHERE p.oid >= 16384 AND p.pronamespace IN (SELECT oid FROM ns)
)
-- The grants are a two-dimensional array, one {grantee, privileges, privileges WITH GRANT OPTION} triple
-- per grantee (PUBLIC for 0), the privileges a sorted comma-joined list (their names hold no comma); NULL
-- when there are none. The owner's own entry is left out (it follows ownership), as is who granted what.
SELECT s.classoid::bigint AS class_oid, s.objoid::bigint AS object_oid, s.objsubid AS object_sub_id,
       pg_get_userbyid(s.owner_oid)::text AS owner,
       NULL::text AS comment,
       (SELECT array_agg(ARRAY[e.grantee, e.privileges, e.grant_options] ORDER BY e.grantee)
        FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                     string_agg(x.privilege_type, ',' ORDER BY x.privilege_type) AS privileges,
                     coalesce(string_agg(x.privilege_type, ',' ORDER BY x.privilege_type) FILTER (WHERE x.is_grantable),
                              '') AS grant_options
              FROM aclexplode(s.acl) x
              WHERE x.grantee IS DISTINCT FROM s.owner_oid
              GROUP BY 1) e) AS grants
FROM subject s
UNION ALL
-- Then comments, of user objects and of schemas (public is OID 2200). Those of objects in schemas not read are
-- dropped with the rest; a database keeps far fewer comments than objects.
SELECT d.classoid::bigint, d.objoid::bigint, d.objsubid, NULL, d.description, NULL
FROM pg_description d
WHERE d.objoid >= 16384 OR d.classoid = 'pg_namespace'::regclass
