-- Drift fix script: makes target match reference
CREATE OR REPLACE VIEW public.open_orders AS
SELECT orders.id,
    orders.customer,
    orders.total
   FROM public.orders
  WHERE (orders.status = 'new'::text);
