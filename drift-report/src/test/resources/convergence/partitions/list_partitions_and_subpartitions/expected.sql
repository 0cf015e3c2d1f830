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
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('de', 'fr') PARTITION BY RANGE (at);
CREATE TABLE public.sales_eu_2024 PARTITION OF public.sales_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.sales_us PARTITION OF public.sales FOR VALUES IN ('us');
COMMIT;
