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
CREATE DOMAIN public.amount AS numeric(12,2) CONSTRAINT amount_check CHECK ((VALUE >= (0)::numeric));
CREATE TABLE public.orders (
    id integer NOT NULL,
    total public.amount,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE FUNCTION public.order_total(o public.orders)
 RETURNS public.amount
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT o.total $function$;
CREATE FUNCTION public.pick(a public.amount, b public.amount)
 RETURNS SETOF public.orders
 LANGUAGE sql STABLE
AS $function$ SELECT * FROM public.orders WHERE total BETWEEN a AND b $function$;
COMMIT;
