CREATE COLLATION public.provider_changes (LOCALE = 'C');
CREATE COLLATION public.locale_changes (PROVIDER = icu, LOCALE = 'fr');
CREATE COLLATION public.libc_locale_changes (LC_COLLATE = 'C', LC_CTYPE = 'POSIX');
CREATE COLLATION public.determinism_changes (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = true);
