CREATE FUNCTION public.split(whole numeric, OUT units integer, OUT cents integer) LANGUAGE sql AS $$ SELECT trunc(whole)::int, ((whole - trunc(whole)) * 100)::int $$;
