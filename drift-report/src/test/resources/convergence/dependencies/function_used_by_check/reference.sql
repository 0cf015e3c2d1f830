CREATE FUNCTION positive(numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$;
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (positive(total));
