-- Drift fix script: makes target match reference
CREATE OR REPLACE TRIGGER orders_note AFTER DELETE ON public.orders FOR EACH STATEMENT EXECUTE FUNCTION public.note();
