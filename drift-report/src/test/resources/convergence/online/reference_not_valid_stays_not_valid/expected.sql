-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK ((amount >= 0)) NOT VALID;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
COMMIT;
