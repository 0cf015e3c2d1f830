-- Drift fix script: makes target match reference
BEGIN;
CREATE VIEW public.open_orders AS
SELECT id,
    customer
   FROM public.orders
  WHERE (status = 'new'::text);
CREATE VIEW public.big_open AS
SELECT id
   FROM public.open_orders
  WHERE (id > 100);
CREATE VIEW public.a_top AS
SELECT id
   FROM public.big_open;
COMMIT;
