CREATE TYPE public.mood AS ENUM ('ok', 'sad');
