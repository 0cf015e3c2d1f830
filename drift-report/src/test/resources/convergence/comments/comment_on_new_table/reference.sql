CREATE TABLE public.orders (id int CONSTRAINT orders_pk PRIMARY KEY, total numeric);
    CREATE INDEX orders_total ON public.orders (total);
    COMMENT ON TABLE public.orders IS 'Customer orders';
    COMMENT ON COLUMN public.orders.id IS 'Key';
    COMMENT ON CONSTRAINT orders_pk ON public.orders IS 'the key';
    COMMENT ON INDEX public.orders_total IS 'for reports';
