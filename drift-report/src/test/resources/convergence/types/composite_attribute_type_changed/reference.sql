CREATE TYPE public.address AS (street text, number bigint);
