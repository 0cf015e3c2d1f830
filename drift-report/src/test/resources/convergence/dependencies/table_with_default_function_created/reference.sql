CREATE FUNCTION next_status() RETURNS text LANGUAGE sql AS $$ SELECT 'open' $$;
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT next_status());
