-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.concat_state(text, text)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT coalesce($1 || ',', '') || $2 $function$;
CREATE FUNCTION public.wrap(text)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT '[' || $1 || ']' $function$;
CREATE AGGREGATE public.joined(text) (
    SFUNC = public.concat_state,
    STYPE = text,
    FINALFUNC = public.wrap
);
COMMIT;
