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
CREATE COLLATION public.by_c (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C');
CREATE COLLATION public.c_utf8 (PROVIDER = libc, LC_COLLATE = 'C.utf8', LC_CTYPE = 'C.utf8');
CREATE COLLATION public.case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE COLLATION public.german_phone (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');
COMMIT;
