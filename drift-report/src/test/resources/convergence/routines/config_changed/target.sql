CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE SET search_path = pg_temp SET statement_timeout = '5s' AS $$ SELECT amount * 1.2 $$;
