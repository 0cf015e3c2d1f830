-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on column public.orders.total, which the fix drops or changes
DROP TRIGGER orders_touch ON public.orders;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.orders ALTER COLUMN total TYPE bigint;
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW WHEN ((new.total > 0)) EXECUTE FUNCTION public.touch();
COMMIT;
