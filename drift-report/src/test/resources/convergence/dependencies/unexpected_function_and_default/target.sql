CREATE FUNCTION old_status() RETURNS text LANGUAGE sql AS $$ SELECT 'old' $$;
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT old_status());
