DO $$ BEGIN CREATE ROLE drift_gaps_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
