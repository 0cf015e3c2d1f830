CREATE COLLATION public.by_c (LC_COLLATE = 'C', LC_CTYPE = 'C');
CREATE COLLATION public.und FROM public.by_c;
DROP COLLATION public.und;
CREATE COLLATION public.ci_base (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE COLLATION public.ci FROM public.ci_base;
DROP COLLATION public.ci_base;
CREATE COLLATION public.und (provider = 'icu', locale = 'und');
