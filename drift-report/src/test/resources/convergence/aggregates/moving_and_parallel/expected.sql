-- Drift fix script: makes target match reference
CREATE AGGREGATE public.msum(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    COMBINEFUNC = int4pl,
    MSFUNC = int4pl,
    MINVFUNC = int4mi,
    MSTYPE = integer,
    PARALLEL = SAFE
);
