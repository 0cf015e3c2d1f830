-- Drift fix script: makes target match reference
-- data loss: PostgreSQL has no cast from public.day_number to date: each value is converted through its text form, which fails for a value whose text date does not accept
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.log ALTER COLUMN day TYPE date USING day::text::date;
