CREATE DOMAIN public.email AS text CHECK (VALUE LIKE '%@%');
    CREATE TABLE public.users (id int PRIMARY KEY, email public.email NOT NULL);
