-- Drift fix script: makes target match reference
BEGIN;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE TABLE public.users (
    id integer NOT NULL,
    email public.citext,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
COMMIT;
