-- Drift fix script: makes target match reference
BEGIN;
ALTER DOMAIN public.code DROP CONSTRAINT code_short;
-- may fail: fails if existing values violate it
ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK ((length(VALUE) < 20));
COMMIT;
