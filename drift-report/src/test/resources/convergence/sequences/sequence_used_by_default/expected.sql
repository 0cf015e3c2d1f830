-- Drift fix script: makes target match reference
BEGIN;
CREATE SEQUENCE public.s;
ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.s'::regclass);
COMMIT;
