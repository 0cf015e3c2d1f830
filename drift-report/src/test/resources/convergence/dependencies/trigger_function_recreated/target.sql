CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.status := 'x'; RETURN NEW; END $$;
CREATE TRIGGER t1 BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION tg();
