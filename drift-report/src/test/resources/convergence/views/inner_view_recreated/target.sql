CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW base AS SELECT id, customer FROM orders;
CREATE VIEW outer_v AS SELECT id FROM base;
