-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on column public.docs.id, which the fix drops or changes
DROP POLICY own ON public.docs;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.docs ALTER COLUMN id TYPE bigint;
CREATE POLICY own ON public.docs USING ((id > 0));
COMMENT ON POLICY own ON public.docs IS 'positive ids only';
COMMIT;
