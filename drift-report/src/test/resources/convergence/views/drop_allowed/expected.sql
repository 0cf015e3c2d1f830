-- Drift fix script: makes target match reference
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW public.open_orders;
