CREATE TYPE public.status AS ENUM ('a');
