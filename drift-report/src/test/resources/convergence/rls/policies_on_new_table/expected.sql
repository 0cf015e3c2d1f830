-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.docs (
    id integer,
    owner name
);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON public.docs USING ((owner = CURRENT_USER));
COMMIT;
