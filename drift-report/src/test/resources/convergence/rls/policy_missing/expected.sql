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
-- grants power: lets public see or change the rows its expressions admit
CREATE POLICY own_rows ON public.docs FOR INSERT WITH CHECK ((owner = CURRENT_USER));
CREATE POLICY tenant_isolation ON public.docs AS RESTRICTIVE FOR SELECT TO drift_o2_reader, drift_o2_tenant USING ((tenant = current_setting('app.tenant'::text)));
COMMIT;
