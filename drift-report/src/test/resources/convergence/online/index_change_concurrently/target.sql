CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int, created date, code text);
CREATE INDEX orders_lookup_idx ON public.orders (customer_id);
CREATE UNIQUE INDEX orders_code_key ON public.orders (code);
