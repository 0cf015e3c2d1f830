CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'ok');
