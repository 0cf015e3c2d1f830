-- Drift fix script: makes target match reference
CREATE OR REPLACE VIEW public.open_orders AS
SELECT id,
    customer,
    total
   FROM public.orders
  WHERE (status = 'new'::text);
