CREATE FUNCTION rate() RETURNS numeric LANGUAGE sql AS $$ SELECT 1.2 $$;
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW v AS SELECT id, total * rate() AS gross FROM orders;
