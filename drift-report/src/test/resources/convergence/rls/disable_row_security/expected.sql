-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY;
ALTER TABLE public.docs NO FORCE ROW LEVEL SECURITY;
COMMIT;
