-- Drift fix script: makes target match reference
BEGIN;
CREATE VIEW public.open_orders AS
SELECT orders.id,
    orders.customer
   FROM public.orders
  WHERE (orders.status = 'new'::text);
CREATE VIEW public.big_open AS
SELECT open_orders.id
   FROM public.open_orders
  WHERE (open_orders.id > 100);
CREATE VIEW public.a_top AS
SELECT big_open.id
   FROM public.big_open;
COMMIT;
