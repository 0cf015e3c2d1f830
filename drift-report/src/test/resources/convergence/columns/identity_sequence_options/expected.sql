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
ALTER TABLE public.items ALTER COLUMN seq_no SET INCREMENT BY 5 SET MINVALUE 10 SET MAXVALUE 900000 SET START WITH 1000 SET CACHE 20 SET CYCLE RESTART;
