CREATE TYPE public.mood AS ENUM ('sad', 'ok');
    CREATE DOMAIN public.short_text AS varchar(10);
    CREATE TYPE public.entry AS (mood public.mood, label public.short_text);
