CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW z_open AS SELECT id FROM orders WHERE status = 'new';
CREATE FUNCTION a_open_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM z_open $$;
