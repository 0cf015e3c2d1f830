-- Drift fix script: makes target match reference
ALTER TYPE public.tier ADD VALUE 'gold' AFTER 'pro';
ALTER TABLE public.accounts ALTER COLUMN tier SET DEFAULT 'gold'::public.tier;
