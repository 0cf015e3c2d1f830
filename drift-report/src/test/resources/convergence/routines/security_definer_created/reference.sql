DO $$ BEGIN CREATE ROLE drift_definer_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.audit (at timestamptz, what text);
CREATE FUNCTION public.log_event(what text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$BEGIN INSERT INTO public.audit VALUES (now(), what); END$$;
ALTER FUNCTION public.log_event(text) OWNER TO drift_definer_owner;
