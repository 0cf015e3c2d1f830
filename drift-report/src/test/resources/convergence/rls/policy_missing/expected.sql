-- Drift fix script: makes target match reference
BEGIN;
CREATE POLICY own_rows ON public.docs FOR INSERT WITH CHECK ((owner = CURRENT_USER));
CREATE POLICY tenant_isolation ON public.docs AS RESTRICTIVE FOR SELECT TO drift_o2_reader, drift_o2_tenant USING ((tenant = current_setting('app.tenant'::text)));
COMMIT;
