CREATE FUNCTION public.twice(value integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 * 2 $$;
