CREATE EXTENSION citext; CREATE DOMAIN public.email AS public.citext CHECK (VALUE LIKE '%@%');
