CREATE TYPE public.tier AS ENUM ('free', 'pro');
    CREATE TABLE public.accounts (id int PRIMARY KEY, tier public.tier NOT NULL DEFAULT 'free');
