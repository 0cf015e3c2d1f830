-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.is_code(v text)
 RETURNS boolean
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT v ~ '^[A-Z]{3}$' $function$;
CREATE DOMAIN public.code AS text CONSTRAINT code_format CHECK (public.is_code(VALUE));
CREATE TABLE public.items (
    id integer NOT NULL,
    code public.code,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);
COMMIT;
