CREATE FUNCTION public.twice(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 * 2 $$;
