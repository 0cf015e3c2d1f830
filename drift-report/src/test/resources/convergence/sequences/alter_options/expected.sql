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
-- may fail: restarts the sequence at its new start, which its old range excludes; values it already handed out may be handed out again
ALTER SEQUENCE public.s INCREMENT BY 2 MINVALUE 5 MAXVALUE 5000 START WITH 10 CACHE 4 CYCLE RESTART;
