-- Grants of every subject (see subjects.sql, which this query follows), one row per subject and
-- grantee; the owner's own entry is left out (it follows ownership), as is who granted what.
SELECT s.kind, s.schema_name, s.parent_name, s.object_name, s.arguments,
       CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
       array_agg(e.privilege_type ORDER BY e.privilege_type) AS privileges,
       coalesce(array_agg(e.privilege_type ORDER BY e.privilege_type) FILTER (WHERE e.is_grantable), '{}')
           AS grant_option
FROM subject s
CROSS JOIN LATERAL aclexplode(s.acl) e
WHERE s.acl IS NOT NULL
  AND e.grantee IS DISTINCT FROM s.owner_oid
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 1, 2, 3, 4, 5, 6
