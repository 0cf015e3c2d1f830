CREATE TYPE public.tier AS ENUM ('free', 'pro', 'gold');
    CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier NOT NULL DEFAULT 'gold');
