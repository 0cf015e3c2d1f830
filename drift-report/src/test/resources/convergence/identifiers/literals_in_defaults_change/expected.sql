-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 'it''s; --'::text;
ALTER TABLE public.t ALTER COLUMN b SET DEFAULT 'C:\path\'::text;
COMMIT;
