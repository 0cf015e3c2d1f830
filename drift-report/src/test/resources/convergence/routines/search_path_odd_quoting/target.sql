CREATE SCHEMA "My App";
CREATE SCHEMA "it's";
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$ SET search_path = public;
CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$ SET search_path = pg_catalog;
CREATE FUNCTION public.h() RETURNS integer LANGUAGE sql AS $$ SELECT 3 $$ SET search_path = public SET application_name = 'x';
CREATE FUNCTION public.k() RETURNS integer LANGUAGE sql AS $$ SELECT 4 $$;
