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
ALTER TYPE public.tier ADD VALUE 'gold' AFTER 'pro';
BEGIN;
CREATE TABLE public.accounts (
    id integer NOT NULL,
    tier public.tier,
    note text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_tier_check CHECK ((tier <> 'gold'::public.tier))
);
CREATE TABLE public.audit (
    id integer NOT NULL,
    CONSTRAINT audit_pkey PRIMARY KEY (id)
);
COMMIT;
