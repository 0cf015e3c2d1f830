DO $$ BEGIN CREATE ROLE drift_definer_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.audit (at timestamptz, what text);
