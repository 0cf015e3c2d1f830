DO $$ BEGIN CREATE ROLE drift_gaps_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_gaps_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.orders (id int, total numeric);
CREATE MATERIALIZED VIEW public.totals AS SELECT id, max(total) AS total FROM public.orders GROUP BY id;
CREATE INDEX totals_id ON public.totals (id);
COMMENT ON INDEX public.totals_id IS 'by id';
GRANT SELECT ON public.totals TO drift_gaps_reader;
