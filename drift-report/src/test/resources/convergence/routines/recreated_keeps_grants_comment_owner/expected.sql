-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.tax(numeric);
CREATE FUNCTION public.tax(v numeric)
 RETURNS numeric
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT v * 0.2 $function$;
ALTER ROUTINE public.tax(numeric) OWNER TO drift_gaps_owner;
COMMENT ON ROUTINE public.tax(numeric) IS 'VAT';
REVOKE EXECUTE ON ROUTINE public.tax(numeric) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE public.tax(numeric) TO drift_gaps_reader;
COMMIT;
