-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on view public.base, which the fix drops or changes
DROP MATERIALIZED VIEW public.snap;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.base;
CREATE VIEW public.base AS
SELECT orders.id,
    orders.customer
   FROM public.orders;
-- long lock: runs the query to populate the materialized view
CREATE MATERIALIZED VIEW public.snap AS
SELECT base.id
   FROM public.base;
-- long lock: builds the index while writes to the table wait
CREATE INDEX snap_id ON public.snap USING btree (id);
ALTER MATERIALIZED VIEW public.snap OWNER TO postgres;
ALTER VIEW public.base OWNER TO postgres;
COMMIT;
