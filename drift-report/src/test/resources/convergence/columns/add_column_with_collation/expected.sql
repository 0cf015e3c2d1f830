-- Drift fix script: makes target match reference
ALTER TABLE public.items ADD COLUMN code character varying(10) COLLATE pg_catalog."POSIX" DEFAULT ''::character varying NOT NULL;
