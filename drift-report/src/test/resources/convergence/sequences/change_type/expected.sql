-- Drift fix script: makes target match reference
ALTER SEQUENCE public.s AS bigint MAXVALUE 9223372036854775807;
