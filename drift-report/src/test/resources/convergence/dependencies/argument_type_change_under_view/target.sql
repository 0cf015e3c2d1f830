CREATE FUNCTION public.tax(v integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT v / 5 $$;
CREATE TABLE public.orders (id int, total int);
CREATE VIEW public.taxed AS SELECT id, public.tax(total) AS tax FROM public.orders;
