-- Collations made with CREATE COLLATION in user schemas (those in pg_catalog come with the server and are
-- not read). Where a major keeps a field is read through to_jsonb, so one query serves every major: the ICU
-- or builtin locale is colllocale on 17+, colliculocale on 15 and 16, and collcollate on 14 (which kept an ICU
-- locale there); ICU rules exist from 16. A libc collation has LC_COLLATE and LC_CTYPE and no locale of its
-- own, the others the reverse, whichever columns the major fills. collversion is not read: it is the version of
-- the library on that machine (see CollationDef).
SELECT n.nspname AS schema_name,
       co.collname AS collation_name,
       co.oid AS object_oid,
       co.collprovider::text AS provider,
       CASE WHEN co.collprovider <> 'c'
            THEN coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', co.collcollate::text)
       END AS locale,
       CASE WHEN co.collprovider = 'c' THEN co.collcollate::text END AS lc_collate,
       CASE WHEN co.collprovider = 'c' THEN co.collctype::text END AS lc_ctype,
       co.collisdeterministic AS deterministic,
       to_jsonb(co) ->> 'collicurules' AS rules
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE {{user_schema n}}
  AND {{user_object co.oid pg_collation}}
ORDER BY 1, 2
