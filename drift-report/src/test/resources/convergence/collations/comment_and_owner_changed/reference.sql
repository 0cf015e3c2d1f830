DO $$ BEGIN CREATE ROLE drift_coll_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE COLLATION public.by_c (LOCALE = 'C');
COMMENT ON COLLATION public.by_c IS 'byte order';
ALTER COLLATION public.by_c OWNER TO drift_coll_owner;
CREATE COLLATION public.new_one (LOCALE = 'C');
COMMENT ON COLLATION public.new_one IS 'new';
ALTER COLLATION public.new_one OWNER TO drift_coll_owner;
