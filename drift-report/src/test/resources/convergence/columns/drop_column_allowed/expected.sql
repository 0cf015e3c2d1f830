-- Drift fix script: makes target match reference
-- data loss: drops the column and the data in it
ALTER TABLE public.items DROP COLUMN legacy_code;
