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
ALTER TABLE public.items ADD COLUMN discount numeric;
ALTER TABLE public.items ADD CONSTRAINT items_price_check CHECK ((price >= (0)::numeric)) NOT VALID;
ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK ((qty > 0)) NOT VALID;
COMMIT;
BEGIN;
-- may fail: fails if existing rows violate it; the constraint then stays NOT VALID (new and updated rows are still checked)
ALTER TABLE public.items VALIDATE CONSTRAINT items_price_check;
-- may fail: fails if existing rows violate it; the constraint then stays NOT VALID (new and updated rows are still checked)
ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_check;
COMMIT;
