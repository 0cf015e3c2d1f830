-- Drift fix script: makes target match reference
CREATE OR REPLACE TRIGGER orders_touch BEFORE INSERT OR UPDATE OF status ON public.orders FOR EACH ROW WHEN ((new.total > (0)::numeric)) EXECUTE FUNCTION public.touch();
