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
-- data loss: the type is dropped and created again (subtype, subtypeOpclass differ); fails while a column or another object uses it
DROP TYPE public.num_range;
CREATE TYPE public.num_range AS RANGE (SUBTYPE = numeric, SUBTYPE_OPCLASS = pg_catalog.numeric_ops, MULTIRANGE_TYPE_NAME = public.num_multirange);
ALTER TYPE public.num_range OWNER TO postgres;
COMMIT;
