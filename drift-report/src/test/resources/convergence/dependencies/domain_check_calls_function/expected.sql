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
CREATE FUNCTION public.is_code(v text)
 RETURNS boolean
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT v ~ '^[A-Z]{3}$' $function$;
CREATE DOMAIN public.code AS text CONSTRAINT code_format CHECK (public.is_code(VALUE));
CREATE TABLE public.items (
    id integer NOT NULL,
    code public.code,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);
COMMIT;
