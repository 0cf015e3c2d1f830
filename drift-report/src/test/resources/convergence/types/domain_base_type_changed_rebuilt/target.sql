CREATE DOMAIN public.code AS varchar(10);
