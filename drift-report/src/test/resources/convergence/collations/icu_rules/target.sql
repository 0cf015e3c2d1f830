CREATE COLLATION public.ruled_changes (PROVIDER = icu, LOCALE = 'und');
