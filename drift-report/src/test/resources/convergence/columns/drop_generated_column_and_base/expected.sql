-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops the column and the data in it
ALTER TABLE public.t DROP COLUMN total;
-- data loss: drops the column and the data in it
ALTER TABLE public.t DROP COLUMN qty;
COMMIT;
