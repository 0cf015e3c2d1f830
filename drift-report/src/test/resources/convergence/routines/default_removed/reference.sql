CREATE FUNCTION public.price(amount numeric, rate numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * rate $$;
