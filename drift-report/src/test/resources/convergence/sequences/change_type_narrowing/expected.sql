-- Drift fix script: makes target match reference
ALTER SEQUENCE public.s AS smallint MAXVALUE 32767;
