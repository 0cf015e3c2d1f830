-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on column public.members.level, which the fix drops or changes
DROP POLICY members_only ON public.docs;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.members ALTER COLUMN level TYPE bigint;
CREATE POLICY members_only ON public.docs USING ((EXISTS ( SELECT 1
   FROM public.members m
  WHERE ((m.name = docs.owner) AND (m.level > 1)))));
COMMIT;
