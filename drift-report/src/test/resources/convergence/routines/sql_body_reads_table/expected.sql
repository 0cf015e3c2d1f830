-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer text NOT NULL,
    total numeric(10,2),
    status text DEFAULT 'new'::text,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE FUNCTION public.order_count()
 RETURNS bigint
 LANGUAGE sql STABLE
AS $function$ SELECT count(*) FROM public.orders $function$;
COMMIT;
