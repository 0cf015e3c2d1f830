-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.status := coalesce(NEW.status, 'new'); RETURN NEW; END $function$;
CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE OF status ON public.orders FOR EACH ROW WHEN ((new.total > (0)::numeric)) EXECUTE FUNCTION public.touch();
COMMIT;
