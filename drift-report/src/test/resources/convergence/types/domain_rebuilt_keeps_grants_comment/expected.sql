-- Drift fix script: makes target match reference
BEGIN;
-- data loss: the type is dropped and created again (baseType differ); fails while a column or another object uses it
DROP DOMAIN public.code;
CREATE DOMAIN public.code AS character varying(20);
ALTER DOMAIN public.code OWNER TO postgres;
COMMENT ON TYPE public.code IS 'short code';
REVOKE USAGE ON TYPE public.code FROM PUBLIC;
GRANT USAGE ON TYPE public.code TO drift_gaps_reader;
COMMIT;
