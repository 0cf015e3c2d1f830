CREATE FUNCTION add_tax(value numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT value * 1.2 $$;
