-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP AGGREGATE public.total_of(integer);
CREATE AGGREGATE public.total_of(integer) (
    SFUNC = int4_sum,
    STYPE = bigint
);
ALTER AGGREGATE public.total_of(integer) OWNER TO postgres;
COMMIT;
