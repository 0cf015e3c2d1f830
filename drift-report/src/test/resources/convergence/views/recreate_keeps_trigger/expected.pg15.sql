-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.v;
CREATE VIEW public.v AS
SELECT orders.id
   FROM public.orders;
CREATE TRIGGER v_ins INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.ins();
ALTER VIEW public.v OWNER TO postgres;
COMMIT;
