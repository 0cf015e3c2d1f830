-- Drift fix script: makes target match reference
-- may fail: fails if existing values violate it
ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK ((length(VALUE) < 10));
