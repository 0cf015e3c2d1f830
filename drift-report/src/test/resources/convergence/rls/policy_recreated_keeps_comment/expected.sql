-- Drift fix script: makes target match reference
BEGIN;
DROP POLICY own ON public.docs;
CREATE POLICY own ON public.docs AS RESTRICTIVE USING ((id > 0));
COMMENT ON POLICY own ON public.docs IS 'positive ids only';
COMMIT;
