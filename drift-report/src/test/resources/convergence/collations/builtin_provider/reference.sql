CREATE COLLATION public.builtin_c (PROVIDER = builtin, LOCALE = 'C');
CREATE COLLATION public.builtin_utf8 (PROVIDER = builtin, LOCALE = 'C.UTF-8');
