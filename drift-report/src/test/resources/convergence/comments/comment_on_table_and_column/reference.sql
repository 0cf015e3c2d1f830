CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
    COMMENT ON TABLE public.orders IS 'Customer orders';
    COMMENT ON COLUMN public.orders.total IS 'Gross, in cents';
