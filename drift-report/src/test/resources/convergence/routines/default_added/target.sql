CREATE FUNCTION public.price(amount numeric, rate numeric, label text) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * rate $$;
