CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW v AS SELECT id, total FROM orders;
CREATE VIEW w AS SELECT id FROM v WHERE total > 1;
