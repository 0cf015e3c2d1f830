-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP TRIGGER orders_check ON public.orders;
CREATE CONSTRAINT TRIGGER orders_check AFTER INSERT ON public.orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMIT;
