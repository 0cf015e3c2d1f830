CREATE DOMAIN public.code AS text DEFAULT 'y';
