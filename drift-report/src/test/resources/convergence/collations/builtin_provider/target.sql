CREATE COLLATION public.builtin_utf8 (PROVIDER = icu, LOCALE = 'und');
