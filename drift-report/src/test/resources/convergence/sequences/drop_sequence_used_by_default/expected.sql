-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;
-- data loss: drops the sequence and its current value
DROP SEQUENCE public."old ""seq""";
COMMIT;
