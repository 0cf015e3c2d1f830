-- Drift fix script: makes target match reference
-- table rewrite: recomputes the column for every row
ALTER TABLE public.items ALTER COLUMN total SET EXPRESSION AS (((price * (qty)::numeric) * (2)::numeric));
