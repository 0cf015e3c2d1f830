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
ALTER FUNCTION public.f() SET search_path TO 'My App', 'it''s', 'public', 'pg_temp';
ALTER FUNCTION public.g() SET search_path TO '';
ALTER FUNCTION public.h() SET "DateStyle" TO 'ISO, DMY' SET application_name TO E'it''s "odd"; \\\\x' SET search_path TO '$user', 'public';
ALTER FUNCTION public.k() SET search_path TO '$user', 'public';
COMMIT;
