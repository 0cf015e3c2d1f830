-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET search_path = pg_catalog, pg_temp;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET DateStyle = ISO, MDY;
SET IntervalStyle = postgres;
SET xmloption = content;
SET array_nulls = on;
SET lc_monetary = 'C';
SET quote_all_identifiers = off;
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public."recent readings";
-- recreated: PostgreSQL cannot change it in place
DROP MATERIALIZED VIEW public.reading_totals;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.readings ALTER COLUMN v TYPE bigint;
CREATE VIEW public."recent readings" AS
SELECT readings.id,
    readings.v
   FROM public.readings
  WHERE (readings.v > 0);
-- long lock: runs the query to populate the materialized view
-- runs code: runs its query now to fill it: every function the query calls runs, with the rights of the role that runs the script
CREATE MATERIALIZED VIEW public.reading_totals AS
SELECT readings.id,
    readings.v
   FROM public.readings;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX reading_totals_id ON public.reading_totals USING btree (id);
ALTER MATERIALIZED VIEW public.reading_totals OWNER TO postgres;
ALTER VIEW public."recent readings" OWNER TO postgres;
COMMENT ON INDEX public.reading_totals_id IS 'one row per id';
COMMENT ON MATERIALIZED VIEW public.reading_totals IS E'totals \\ per id';
COMMENT ON VIEW public."recent readings" IS 'positive readings; it''s a view';
COMMIT;
