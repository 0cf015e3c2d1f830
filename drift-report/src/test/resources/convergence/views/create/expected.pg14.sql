-- Drift fix script: makes target match reference
CREATE VIEW public.open_orders AS
SELECT orders.id,
    orders.customer
   FROM public.orders
  WHERE (orders.status = 'new'::text);
