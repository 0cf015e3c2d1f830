-- Drift fix script: makes target match reference
BEGIN;
CREATE VIEW public.v AS
SELECT orders.id,
    orders.customer
   FROM public.orders;
CREATE TRIGGER v_ins INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.ins();
COMMIT;
