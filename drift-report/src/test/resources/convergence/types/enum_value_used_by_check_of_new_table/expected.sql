-- Drift fix script: makes target match reference
ALTER TYPE public.tier ADD VALUE 'gold' AFTER 'pro';
BEGIN;
CREATE TABLE public.accounts (
    id integer NOT NULL,
    tier public.tier,
    note text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_tier_check CHECK ((tier <> 'gold'::public.tier))
);
CREATE TABLE public.audit (
    id integer NOT NULL,
    CONSTRAINT audit_pkey PRIMARY KEY (id)
);
COMMIT;
