-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.t ALTER COLUMN total DROP EXPRESSION;
-- data loss: drops the column and the data in it
ALTER TABLE public.t DROP COLUMN qty;
COMMIT;
