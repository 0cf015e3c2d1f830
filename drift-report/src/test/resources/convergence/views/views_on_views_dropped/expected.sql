-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW public.a_top;
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW public.big_open;
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW public.open_orders;
COMMIT;
