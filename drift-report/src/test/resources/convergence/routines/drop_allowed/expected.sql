-- Drift fix script: makes target match reference
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.add_tax(numeric);
