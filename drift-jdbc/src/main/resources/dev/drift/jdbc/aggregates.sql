-- Aggregates (not owned by an extension) as pg_aggregate describes them. Functions are rendered as
-- regproc under search_path = pg_catalog: schema-qualified unless built in.
SELECT n.nspname AS schema_name,
       p.proname AS aggregate_name,
       ARRAY(SELECT format_type(t.oid, NULL)
             FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(type_oid, ord)
             JOIN pg_type t ON t.oid = a.type_oid
             ORDER BY a.ord) AS argument_types,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS returns,
       g.aggkind::text AS aggregate_kind,
       g.aggtransfn::text AS state_function,
       format_type(g.aggtranstype, NULL) AS state_type,
       g.aggtransspace AS state_space,
       NULLIF(g.aggfinalfn::oid, 0)::regproc::text AS final_function,
       g.aggfinalextra AS final_extra,
       g.aggfinalmodify::text AS final_modify,
       NULLIF(g.aggcombinefn::oid, 0)::regproc::text AS combine_function,
       NULLIF(g.aggserialfn::oid, 0)::regproc::text AS serial_function,
       NULLIF(g.aggdeserialfn::oid, 0)::regproc::text AS deserial_function,
       g.agginitval AS initial_condition,
       NULLIF(g.aggmtransfn::oid, 0)::regproc::text AS moving_state_function,
       NULLIF(g.aggminvtransfn::oid, 0)::regproc::text AS moving_inverse_function,
       CASE WHEN g.aggmtranstype <> 0 THEN format_type(g.aggmtranstype, NULL) END AS moving_state_type,
       g.aggmtransspace AS moving_state_space,
       NULLIF(g.aggmfinalfn::oid, 0)::regproc::text AS moving_final_function,
       g.aggmfinalextra AS moving_final_extra,
       g.aggmfinalmodify::text AS moving_final_modify,
       g.aggminitval AS moving_initial_condition,
       CASE WHEN g.aggsortop <> 0 THEN g.aggsortop::regoper::text END AS sort_operator,
       p.proparallel::text AS parallel,
       -- Where pg_depend finds this object (see dependencies.sql); not part of the model.
       p.oid AS object_oid
FROM pg_aggregate g
JOIN pg_proc p ON p.oid = g.aggfnoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE TRUE
  AND {{user_schema n}}
  AND {{user_object p.oid pg_proc}}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
ORDER BY 1, 2, 3
