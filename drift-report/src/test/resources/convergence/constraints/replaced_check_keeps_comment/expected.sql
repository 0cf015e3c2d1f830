-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.items DROP CONSTRAINT qty_positive;
-- may fail: fails if existing rows violate it
ALTER TABLE public.items ADD CONSTRAINT qty_positive CHECK ((qty > 0));
COMMENT ON CONSTRAINT qty_positive ON public.items IS 'no empty lines';
COMMIT;
