-- Drift fix script: makes target match reference
BEGIN;
ALTER SEQUENCE public.s OWNED BY NONE;
-- data loss: drops the column and the data in it
ALTER TABLE public.t DROP COLUMN legacy;
COMMIT;
