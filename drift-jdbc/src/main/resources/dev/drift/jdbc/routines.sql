-- Functions, procedures and window functions (aggregates: aggregates.sql), not owned by an extension.
-- argument_types (the input types, from proargtypes) tell overloads apart; the rest is what CREATE
-- FUNCTION sets, rendered by the server. A SQL-standard body (BEGIN ATOMIC / RETURN) is read through
-- pg_get_function_sqlbody, any other body is prosrc as written.
SELECT n.nspname AS schema_name,
       p.proname AS routine_name,
       ARRAY(SELECT format_type(t.oid, NULL)
             FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type_oid, ord)
             JOIN pg_type t ON t.oid = a.type_oid
             ORDER BY a.ord) AS argument_types,
       p.prokind::text AS routine_kind,
       pg_get_function_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS returns,
       l.lanname AS language,
       p.provolatile::text AS volatility,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       p.proleakproof AS leakproof,
       p.proparallel::text AS parallel,
       p.procost::float8 AS cost,
       p.prorows::float8 AS result_rows,
       CASE WHEN p.prosupport <> 0 THEN p.prosupport::regproc::text END AS support,
       p.proconfig AS config,
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) ELSE p.prosrc END AS body,
       p.prosqlbody IS NOT NULL AS standard_body,
       p.probin AS binary,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       p.oid AS object_oid
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p', 'w')
  AND {{user_schema n}}
  AND {{user_object p.oid pg_proc}}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
ORDER BY 1, 2, 3
