-- Drift fix script: makes target match reference
CREATE TRIGGER events_touch BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.touch();
