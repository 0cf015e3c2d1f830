-- Owners of every subject that has one of its own (see subjects.sql, which this query follows).
SELECT s.kind, s.schema_name, s.parent_name, s.object_name, s.arguments,
       pg_get_userbyid(s.owner_oid)::text AS owner
FROM subject s
WHERE s.owner_oid IS NOT NULL
  AND s.kind <> 'COLUMN'
ORDER BY 1, 2, 3, 4, 5
