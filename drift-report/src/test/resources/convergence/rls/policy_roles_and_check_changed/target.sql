DO $$ BEGIN CREATE ROLE drift_o2_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_o2_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_o2_tenant; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.docs (id int, owner name);
    CREATE POLICY own ON public.docs TO drift_o2_reader USING (true) WITH CHECK (id > 0);
