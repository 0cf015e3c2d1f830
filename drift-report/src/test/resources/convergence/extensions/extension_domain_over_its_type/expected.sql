-- Drift fix script: makes target match reference
BEGIN;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE DOMAIN public.email AS public.citext CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~~) '%@%'::public.citext));
COMMIT;
