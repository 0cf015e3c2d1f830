DO $$ BEGIN CREATE ROLE drift_gaps_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_gaps_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.orders (id int, total numeric(12,2));
CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 100;
GRANT SELECT ON public.big_orders TO drift_gaps_reader;
COMMENT ON VIEW public.big_orders IS 'orders over 100';
