-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.a_orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    CONSTRAINT a_orders_pkey PRIMARY KEY (id)
);
CREATE TABLE public.z_customers (
    id integer NOT NULL,
    CONSTRAINT z_customers_pkey PRIMARY KEY (id)
);
-- may fail: fails if existing rows violate it
ALTER TABLE public.a_orders ADD CONSTRAINT a_orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.z_customers(id);
COMMIT;
