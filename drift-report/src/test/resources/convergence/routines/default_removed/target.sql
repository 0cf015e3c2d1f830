CREATE FUNCTION public.price(amount numeric, rate numeric DEFAULT 1.2) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * rate $$;
