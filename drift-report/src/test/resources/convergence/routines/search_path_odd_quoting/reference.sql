CREATE SCHEMA "My App";
CREATE SCHEMA "it's";
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$ SET search_path = "My App", "it's", public, pg_temp;
CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$ SET search_path = '';
CREATE FUNCTION public.h() RETURNS integer LANGUAGE sql AS $$ SELECT 3 $$ SET search_path = "$user", public SET application_name = 'it''s "odd"; \\x' SET DateStyle = 'ISO, DMY';
CREATE FUNCTION public.k() RETURNS integer LANGUAGE sql AS $$ SELECT 4 $$ SET search_path FROM CURRENT;
