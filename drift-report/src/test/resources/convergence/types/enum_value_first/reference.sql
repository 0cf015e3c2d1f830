CREATE TYPE public.mood AS ENUM ('awful', 'bad', 'sad', 'ok');
