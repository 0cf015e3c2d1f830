-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on column public.docs.id, which the fix drops or changes
DROP POLICY tenant_rows ON public.docs;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.docs ALTER COLUMN id TYPE bigint;
CREATE POLICY tenant_rows ON public.docs USING (((tenant = CURRENT_USER) AND (id > 0))) WITH CHECK ((tenant = CURRENT_USER));
COMMIT;
