CREATE TABLE public.customers (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES public.customers(id) ON DELETE CASCADE);
