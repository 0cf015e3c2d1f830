CREATE DOMAIN public.code AS varchar(20);
