CREATE DOMAIN public.status AS text;
