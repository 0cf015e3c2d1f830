-- Drift fix script: makes target match reference
CREATE VIEW public.open_orders AS
SELECT id,
    customer
   FROM public.orders
  WHERE (status = 'new'::text);
