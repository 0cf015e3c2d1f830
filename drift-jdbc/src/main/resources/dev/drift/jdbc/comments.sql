-- Comments of every subject (see subjects.sql, which this query follows).
SELECT s.kind, s.schema_name, s.parent_name, s.object_name, s.arguments,
       d.description AS comment
FROM subject s
JOIN pg_description d ON d.classoid = s.classoid AND d.objoid = s.objoid AND d.objsubid = s.objsubid
ORDER BY 1, 2, 3, 4, 5
