-- Drift fix script: makes target match reference
-- may fail: fails while a table column uses the type
ALTER TYPE public.address ADD ATTRIBUTE zip text;

-- Not fixable by a statement:
--   composite type public.address will have its attributes in the order [street, city, zip], the reference has [street, zip, city] (PostgreSQL cannot move an attribute without rebuilding the type)
