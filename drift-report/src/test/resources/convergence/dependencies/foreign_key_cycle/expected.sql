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
CREATE TABLE public.a_parent (
    id integer NOT NULL,
    favourite integer,
    CONSTRAINT a_parent_pkey PRIMARY KEY (id)
);
CREATE TABLE public.b_child (
    id integer NOT NULL,
    parent integer,
    CONSTRAINT b_child_pkey PRIMARY KEY (id)
);
-- may fail: fails if existing rows violate it
ALTER TABLE public.a_parent ADD CONSTRAINT a_parent_favourite_fkey FOREIGN KEY (favourite) REFERENCES public.b_child(id);
-- may fail: fails if existing rows violate it
ALTER TABLE public.b_child ADD CONSTRAINT b_child_parent_fkey FOREIGN KEY (parent) REFERENCES public.a_parent(id);
COMMIT;
