CREATE FUNCTION start_status() RETURNS character varying LANGUAGE sql AS $$ SELECT 'new'::varchar $$;
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT start_status());
