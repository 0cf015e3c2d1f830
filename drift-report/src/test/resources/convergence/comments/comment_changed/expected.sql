-- Drift fix script: makes target match reference
COMMENT ON TABLE public.orders IS 'It''s new';
