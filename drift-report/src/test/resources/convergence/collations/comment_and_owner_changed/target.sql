DO $$ BEGIN CREATE ROLE drift_coll_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE COLLATION public.by_c (LOCALE = 'C');
COMMENT ON COLLATION public.by_c IS 'old comment';
