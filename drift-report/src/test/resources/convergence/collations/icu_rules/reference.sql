CREATE COLLATION public.ruled (PROVIDER = icu, LOCALE = 'und', RULES = '&a < g');
CREATE COLLATION public.ruled_changes (PROVIDER = icu, LOCALE = 'und', RULES = '&V << w <<< W');
