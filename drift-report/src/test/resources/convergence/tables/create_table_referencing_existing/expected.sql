-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
-- may fail: fails if existing rows violate it
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;
COMMIT;
