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
ALTER DEFAULT PRIVILEGES FOR ROLE drift_t3_owner REVOKE ALL ON FUNCTIONS FROM drift_t3_owner;
-- grants power: gives drift_t3_clerk privileges on objects created from now on
ALTER DEFAULT PRIVILEGES FOR ROLE drift_t3_owner GRANT SELECT ON TABLES TO drift_t3_clerk;
ALTER DEFAULT PRIVILEGES FOR ROLE drift_t3_owner REVOKE INSERT ON TABLES FROM drift_t3_owner;
-- grants power: gives a role privileges on objects created from now on
ALTER DEFAULT PRIVILEGES FOR ROLE drift_t3_owner GRANT ALL ON TYPES TO drift_t3_owner;
COMMIT;
