CREATE FUNCTION public.price(amount numeric, rate numeric DEFAULT 1.2, label text DEFAULT 'a, b') RETURNS numeric LANGUAGE sql AS $$ SELECT amount * rate $$;
