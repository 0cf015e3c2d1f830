CREATE SCHEMA "My App";
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$ SET search_path = "My App", public, pg_temp;
CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$ SET search_path TO public;
