CREATE TABLE public.z_customers (id int PRIMARY KEY);
CREATE TABLE public.a_orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES public.z_customers(id));
