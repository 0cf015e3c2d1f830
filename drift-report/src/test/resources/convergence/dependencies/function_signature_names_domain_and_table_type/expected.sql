-- Drift fix script: makes target match reference
BEGIN;
CREATE DOMAIN public.amount AS numeric(12,2) CONSTRAINT amount_check CHECK ((VALUE >= (0)::numeric));
CREATE TABLE public.orders (
    id integer NOT NULL,
    total public.amount,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE FUNCTION public.order_total(o public.orders)
 RETURNS public.amount
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT o.total $function$;
CREATE FUNCTION public.pick(a public.amount, b public.amount)
 RETURNS SETOF public.orders
 LANGUAGE sql STABLE
AS $function$ SELECT * FROM public.orders WHERE total BETWEEN a AND b $function$;
COMMIT;
