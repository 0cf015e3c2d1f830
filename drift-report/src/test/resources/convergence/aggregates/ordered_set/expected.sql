-- Drift fix script: makes target match reference
CREATE AGGREGATE public.my_mode(ORDER BY anyelement) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = mode_final,
    FINALFUNC_EXTRA
);
