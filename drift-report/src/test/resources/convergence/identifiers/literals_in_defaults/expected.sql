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
ALTER TABLE public.t ADD COLUMN a text DEFAULT 'it''s; DROP TABLE t; --'::text;
ALTER TABLE public.t ADD COLUMN b text DEFAULT 'back\slash and ''quote'''::text;
ALTER TABLE public.t ADD COLUMN c text DEFAULT 'semi;colon'::text;
ALTER TABLE public.t ADD COLUMN d text DEFAULT '$$dollar$$'::text;
ALTER TABLE public.t ADD COLUMN e text DEFAULT '/* not a comment */'::text;
ALTER TABLE public.t ADD COLUMN f text DEFAULT 'line
break'::text;
ALTER TABLE public.t ADD COLUMN g text DEFAULT '"double"'::text;
COMMIT;
