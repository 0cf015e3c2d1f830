CREATE DOMAIN public.amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE public.orders (id integer PRIMARY KEY, total public.amount);
CREATE FUNCTION public.order_total(o public.orders) RETURNS public.amount LANGUAGE sql IMMUTABLE AS $$ SELECT o.total $$;
CREATE FUNCTION public.pick(a public.amount, b public.amount) RETURNS SETOF public.orders LANGUAGE sql STABLE AS $$ SELECT * FROM public.orders WHERE total BETWEEN a AND b $$;
