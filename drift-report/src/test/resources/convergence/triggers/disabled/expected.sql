-- Drift fix script: makes target match reference
ALTER TABLE public.orders DISABLE TRIGGER orders_touch;
