CREATE FUNCTION public.price(amount numeric, rate numeric DEFAULT 1.25) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * rate $$;
CREATE VIEW public.prices AS SELECT public.price(10) AS p;
