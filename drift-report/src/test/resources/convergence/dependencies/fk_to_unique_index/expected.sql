-- Drift fix script: makes target match reference
BEGIN;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX customers_id ON public.customers USING btree (id);
-- may fail: fails if existing rows violate it
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
COMMIT;
