CREATE FUNCTION public.is_code(v text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v ~ '^[A-Z]{3}$' $$;
CREATE DOMAIN public.code AS text CONSTRAINT code_format CHECK (public.is_code(VALUE));
CREATE TABLE public.items (id integer PRIMARY KEY, code public.code);
