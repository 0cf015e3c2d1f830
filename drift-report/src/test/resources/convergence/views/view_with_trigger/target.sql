CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO orders(id, customer) VALUES (NEW.id, NEW.customer); RETURN NEW; END$$;
