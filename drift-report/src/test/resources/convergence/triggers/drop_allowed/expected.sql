-- Drift fix script: makes target match reference
-- data loss: drops a trigger the reference does not have; what it did stops
DROP TRIGGER orders_touch ON public.orders;
