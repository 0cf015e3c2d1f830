-- Drift fix script: makes target match reference
CREATE TYPE public.money_amount AS (amount numeric(12,2), currency character(3), note text COLLATE pg_catalog."C");
