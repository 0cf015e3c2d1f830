-- Drift fix script: makes target match reference
-- may fail: fails if existing values violate it
ALTER DOMAIN public.code VALIDATE CONSTRAINT code_short;
