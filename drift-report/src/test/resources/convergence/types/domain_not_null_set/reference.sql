CREATE DOMAIN public.code AS text NOT NULL;
