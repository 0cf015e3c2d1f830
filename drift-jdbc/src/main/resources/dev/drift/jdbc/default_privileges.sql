-- Default privileges (ALTER DEFAULT PRIVILEGES), one row per creating role, schema (NULL: all schemas),
-- object type and grantee; the creating role's own entry is left out.
-- A row for all schemas replaces PostgreSQL's built-in default (acldefault: PUBLIC may EXECUTE functions
-- and use types), so it is read against that default: a PUBLIC entry that only restates it is no grant,
-- and a built-in PUBLIC entry the row lacks (REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC) is listed as a
-- PUBLIC row with no privileges. A row for one schema only adds to the other.
-- The creating role's own privileges are listed only where a row for all schemas changed them
-- (FOR ROLE r REVOKE ... FROM r): each privilege it kept, or a row with none when it kept nothing.
-- acldefault names sequences 's' where pg_default_acl has 'S' (which acldefault reads as a foreign server).
WITH entries AS (
    SELECT da.defaclrole, da.defaclnamespace, da.defaclobjtype, e.grantee, e.privilege_type, e.is_grantable
    FROM pg_default_acl da
    CROSS JOIN LATERAL aclexplode(da.defaclacl) e
    WHERE e.grantee <> da.defaclrole
      AND NOT (da.defaclnamespace = 0 AND e.grantee = 0 AND NOT e.is_grantable
               AND e.privilege_type IN (SELECT b.privilege_type
                                        FROM aclexplode(acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's' ELSE da.defaclobjtype END, da.defaclrole)) b
                                        WHERE b.grantee = 0))
    UNION ALL
    SELECT da.defaclrole, da.defaclnamespace, da.defaclobjtype, 0, NULL, false
    FROM pg_default_acl da
    WHERE da.defaclnamespace = 0
      AND EXISTS (SELECT 1 FROM aclexplode(acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's' ELSE da.defaclobjtype END, da.defaclrole)) b WHERE b.grantee = 0)
      AND NOT EXISTS (SELECT 1 FROM aclexplode(da.defaclacl) e WHERE e.grantee = 0)
    UNION ALL
    SELECT da.defaclrole, da.defaclnamespace, da.defaclobjtype, da.defaclrole, e.privilege_type, false
    FROM pg_default_acl da
    LEFT JOIN LATERAL aclexplode(da.defaclacl) e ON e.grantee = da.defaclrole
    WHERE da.defaclnamespace = 0
      AND ARRAY(SELECT o.privilege_type FROM aclexplode(da.defaclacl) o
                WHERE o.grantee = da.defaclrole ORDER BY 1)
          <> ARRAY(SELECT b.privilege_type FROM aclexplode(acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's' ELSE da.defaclobjtype END, da.defaclrole)) b
                   WHERE b.grantee = da.defaclrole ORDER BY 1)
)
SELECT pg_get_userbyid(x.defaclrole)::text AS role_name,
       n.nspname AS schema_name,
       CASE x.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                            WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS object_type,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
       coalesce(array_agg(x.privilege_type ORDER BY x.privilege_type) FILTER (WHERE x.privilege_type IS NOT NULL), '{}')
           AS privileges,
       coalesce(array_agg(x.privilege_type ORDER BY x.privilege_type) FILTER (WHERE x.is_grantable), '{}')
           AS grant_option
FROM entries x
LEFT JOIN pg_namespace n ON n.oid = x.defaclnamespace
WHERE (n.oid IS NULL OR (n.nspname NOT IN ('pg_catalog', 'information_schema')
                         AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'))
  AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
