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
-- recreated: PostgreSQL cannot change it in place
DROP COLLATION public.determinism_changes;
-- recreated: PostgreSQL cannot change it in place
DROP COLLATION public.libc_locale_changes;
-- recreated: PostgreSQL cannot change it in place
DROP COLLATION public.locale_changes;
-- recreated: PostgreSQL cannot change it in place
DROP COLLATION public.provider_changes;
CREATE COLLATION public.determinism_changes (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE COLLATION public.libc_locale_changes (PROVIDER = libc, LC_COLLATE = 'C.utf8', LC_CTYPE = 'C.utf8');
CREATE COLLATION public.locale_changes (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');
CREATE COLLATION public.provider_changes (PROVIDER = icu, LOCALE = 'und');
ALTER COLLATION public.determinism_changes OWNER TO postgres;
ALTER COLLATION public.libc_locale_changes OWNER TO postgres;
ALTER COLLATION public.locale_changes OWNER TO postgres;
ALTER COLLATION public.provider_changes OWNER TO postgres;
COMMIT;
