-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.orders (
    id integer,
    total numeric
);
GRANT UPDATE (total) ON TABLE public.orders TO drift_o2_writer;
GRANT SELECT ON TABLE public.orders TO drift_o2_reader;
COMMIT;
