-- Drift fix script: makes target match reference
BEGIN;
DROP POLICY p ON public.docs;
CREATE POLICY p ON public.docs AS RESTRICTIVE USING ((id > 0));
COMMIT;
