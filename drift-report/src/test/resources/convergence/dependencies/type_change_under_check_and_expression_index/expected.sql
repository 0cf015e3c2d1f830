-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on column public.items.code, which the fix drops or changes
ALTER TABLE public.items DROP CONSTRAINT code_upper;
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(20);
-- may fail: fails if existing rows violate it
ALTER TABLE public.items ADD CONSTRAINT code_upper CHECK ((upper((code)::text) = (code)::text));
COMMIT;
