-- Drift fix script: makes target match reference
-- data loss: drops the attribute and its values wherever the type is stored
ALTER TYPE public.address DROP ATTRIBUTE city;
