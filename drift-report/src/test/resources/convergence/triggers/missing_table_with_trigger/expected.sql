-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer text NOT NULL,
    total numeric(10,2),
    status text DEFAULT 'new'::text,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE OF status ON public.orders FOR EACH ROW WHEN ((new.total > (0)::numeric)) EXECUTE FUNCTION public.touch();
COMMIT;
