CREATE TYPE public.address AS (street text);
