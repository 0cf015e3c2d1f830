CREATE TYPE public.mood AS ENUM ('ok');
    ALTER TYPE public.mood ADD VALUE 'sad' BEFORE 'ok';
    ALTER TYPE public.mood ADD VALUE 'happy';
