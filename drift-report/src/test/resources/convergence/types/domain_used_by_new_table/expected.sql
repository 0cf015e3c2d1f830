-- Drift fix script: makes target match reference
BEGIN;
CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK ((VALUE ~~ '%@%'::text));
CREATE TABLE public.users (
    id integer NOT NULL,
    email public.email NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
COMMIT;
