CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT amount * 1.2 $$;
