-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.fmt(numeric)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT to_char($1, 'FM999.00') $function$;
CREATE VIEW public.m_base AS
SELECT orders.id,
    orders.total
   FROM public.orders;
CREATE VIEW public.b_fmt AS
SELECT m_base.id,
    public.fmt(m_base.total) AS shown
   FROM public.m_base;
COMMIT;
