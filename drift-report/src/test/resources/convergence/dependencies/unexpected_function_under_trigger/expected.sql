-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops a trigger the reference does not have; what it did stops
DROP TRIGGER t1 ON public.orders;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.tg();
COMMIT;
