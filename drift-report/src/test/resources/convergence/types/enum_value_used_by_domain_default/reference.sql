CREATE TYPE public.tier AS ENUM ('free', 'gold');
    CREATE DOMAIN public.account_tier AS public.tier DEFAULT 'gold';
