CREATE TYPE public.tier AS ENUM ('free', 'pro', 'gold');
    CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier CHECK (tier <> 'gold'), note text);
    CREATE TABLE public.audit (id int PRIMARY KEY);
