CREATE TYPE public.address AS (street text, zip text, city text);
