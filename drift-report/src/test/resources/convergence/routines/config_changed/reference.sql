CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp SET work_mem = '64MB' AS $$ SELECT amount * 1.2 $$;
