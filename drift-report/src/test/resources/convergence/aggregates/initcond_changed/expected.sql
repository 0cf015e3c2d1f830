-- Drift fix script: makes target match reference
CREATE OR REPLACE AGGREGATE public.total_of(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);
