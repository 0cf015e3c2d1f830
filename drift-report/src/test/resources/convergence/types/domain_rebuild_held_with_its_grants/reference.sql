DO $$ BEGIN CREATE ROLE drift_gaps_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_gaps_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE DOMAIN public.code AS varchar(20);
GRANT USAGE ON DOMAIN public.code TO drift_gaps_reader;
REVOKE USAGE ON DOMAIN public.code FROM PUBLIC;
COMMENT ON DOMAIN public.code IS 'short code';
