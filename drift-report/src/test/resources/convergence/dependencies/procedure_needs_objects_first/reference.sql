CREATE TABLE public.audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL);
CREATE TYPE public.level AS ENUM ('info', 'warn');
CREATE PROCEDURE public.log_note(n text) LANGUAGE sql AS $$ INSERT INTO public.audit (note) VALUES (n) $$;
-- BEGIN ATOMIC bodies hold semicolons, which the JDBC driver would split on: created through EXECUTE.
DO $do$ BEGIN
    EXECUTE $x$CREATE PROCEDURE public.log_level(l public.level, n text) LANGUAGE sql
        BEGIN ATOMIC INSERT INTO public.audit (note) VALUES (l::text || ': ' || n); END$x$;
    EXECUTE $x$CREATE FUNCTION public.count_notes() RETURNS bigint LANGUAGE sql STABLE
        BEGIN ATOMIC SELECT count(*) FROM public.audit; END$x$;
END $do$;
CREATE FUNCTION public.notes_of(l public.level) RETURNS SETOF text LANGUAGE sql STABLE
    RETURN (SELECT note FROM public.audit WHERE note LIKE l::text || ':%' LIMIT 1);
