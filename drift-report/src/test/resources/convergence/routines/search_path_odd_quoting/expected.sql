-- Drift fix script: makes target match reference
BEGIN;
ALTER FUNCTION public.f() SET search_path TO 'My App', 'it''s', 'public', 'pg_temp';
ALTER FUNCTION public.g() SET search_path TO '';
ALTER FUNCTION public.h() SET "DateStyle" TO 'ISO, DMY' SET application_name TO E'it''s "odd"; \\\\x' SET search_path TO '$user', 'public';
ALTER FUNCTION public.k() SET search_path TO '$user', 'public';
COMMIT;
