CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE FUNCTION vat() RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 0.2 $$;
CREATE VIEW a_gross AS SELECT id, total * (1 + vat()) AS gross FROM orders;
