CREATE COLLATION public.provider_changes (PROVIDER = icu, LOCALE = 'und');
CREATE COLLATION public.locale_changes (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');
CREATE COLLATION public.libc_locale_changes (LC_COLLATE = 'C.utf8', LC_CTYPE = 'C.utf8');
CREATE COLLATION public.determinism_changes (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
