-- Drift fix script: makes target match reference
CREATE SEQUENCE public.plain_seq;
