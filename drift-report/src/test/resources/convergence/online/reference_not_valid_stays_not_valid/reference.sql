CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int, amount int);
INSERT INTO public.orders VALUES (1, 42, -5);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id) NOT VALID;
ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0) NOT VALID;
