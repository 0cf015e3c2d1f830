CREATE TABLE public.orders (id int); COMMENT ON TABLE public.orders IS 'old';
