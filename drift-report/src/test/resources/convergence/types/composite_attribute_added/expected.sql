-- Drift fix script: makes target match reference
-- may fail: fails while a table column uses the type
ALTER TYPE public.address ADD ATTRIBUTE zip text;
