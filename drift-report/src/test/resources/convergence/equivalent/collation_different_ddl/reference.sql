CREATE COLLATION public.by_c (LOCALE = 'C');
CREATE COLLATION public.und (PROVIDER = icu, LOCALE = 'und');
CREATE COLLATION public.ci (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
