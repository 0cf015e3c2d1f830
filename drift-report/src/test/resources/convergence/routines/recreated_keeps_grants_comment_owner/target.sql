DO $$ BEGIN CREATE ROLE drift_gaps_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_gaps_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.tax(v numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT (v * 0.2)::float8 $$;
GRANT EXECUTE ON FUNCTION public.tax(numeric) TO drift_gaps_reader;
REVOKE EXECUTE ON FUNCTION public.tax(numeric) FROM PUBLIC;
COMMENT ON FUNCTION public.tax(numeric) IS 'VAT';
ALTER FUNCTION public.tax(numeric) OWNER TO drift_gaps_owner;
