CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW base AS SELECT id, customer FROM orders;
CREATE MATERIALIZED VIEW snap AS SELECT id FROM base;
CREATE INDEX snap_id ON snap (id);
