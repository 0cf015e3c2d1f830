CREATE TYPE public.tier AS ENUM ('free');
