-- Default privileges (ALTER DEFAULT PRIVILEGES), one row per creating role, schema (NULL: all schemas),
-- object type and grantee; the creating role's own entry is left out.
SELECT pg_get_userbyid(da.defaclrole)::text AS role_name,
       n.nspname AS schema_name,
       CASE da.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                             WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS object_type,
       CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
       array_agg(e.privilege_type ORDER BY e.privilege_type) AS privileges,
       coalesce(array_agg(e.privilege_type ORDER BY e.privilege_type) FILTER (WHERE e.is_grantable), '{}')
           AS grant_option
FROM pg_default_acl da
LEFT JOIN pg_namespace n ON n.oid = da.defaclnamespace
CROSS JOIN LATERAL aclexplode(da.defaclacl) e
WHERE e.grantee <> da.defaclrole
  AND (n.oid IS NULL OR (n.nspname NOT IN ('pg_catalog', 'information_schema')
                         AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'))
  AND (?::text[] IS NULL OR n.nspname = ANY (?::text[]))
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
