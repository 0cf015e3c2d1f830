CREATE FUNCTION rate() RETURNS double precision LANGUAGE sql AS $$ SELECT 1.2::float8 $$;
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW v AS SELECT id, total::float8 * rate() AS gross FROM orders;
