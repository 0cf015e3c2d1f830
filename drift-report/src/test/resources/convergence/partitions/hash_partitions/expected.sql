-- Drift fix script: makes target match reference
CREATE TABLE public.users_1 PARTITION OF public.users FOR VALUES WITH (modulus 2, remainder 1);
