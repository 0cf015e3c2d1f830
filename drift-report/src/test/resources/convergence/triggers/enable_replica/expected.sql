-- Drift fix script: makes target match reference
ALTER TABLE public.orders ENABLE REPLICA TRIGGER orders_touch;
