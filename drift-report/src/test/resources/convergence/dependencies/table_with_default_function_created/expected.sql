-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.next_status()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'open' $function$;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer text NOT NULL,
    total numeric(10,2),
    status text DEFAULT public.next_status(),
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
COMMIT;
