-- Drift fix script: makes target match reference
ALTER TYPE public.tier ADD VALUE 'gold' AFTER 'free';
CREATE DOMAIN public.account_tier AS public.tier DEFAULT 'gold'::public.tier;
