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
CREATE TABLE public.children (
    id integer NOT NULL,
    parent_id integer,
    CONSTRAINT children_pkey PRIMARY KEY (id)
);
CREATE TABLE public.parents (
    id integer NOT NULL,
    favourite_child integer,
    CONSTRAINT parents_pkey PRIMARY KEY (id)
);
-- may fail: fails if existing rows violate it
ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents(id);
-- may fail: fails if existing rows violate it
ALTER TABLE public.parents ADD CONSTRAINT parents_favourite_fk FOREIGN KEY (favourite_child) REFERENCES public.children(id);
COMMIT;
