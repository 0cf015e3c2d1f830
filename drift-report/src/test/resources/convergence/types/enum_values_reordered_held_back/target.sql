CREATE TYPE public.mood AS ENUM ('sad', 'ok');
