CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW open_orders AS SELECT id, customer FROM orders WHERE status = 'new';
