-- Drift fix script: makes target match reference
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE NOT VALID;
-- may fail: fails if existing rows violate it; the constraint then stays NOT VALID (new and updated rows are still checked)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
