CREATE TABLE public.orders (id int, total numeric(12,2));
CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 100;
COMMENT ON VIEW public.big_orders IS 'orders over 100';
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW WHEN (NEW.total > 0) EXECUTE FUNCTION public.touch();
