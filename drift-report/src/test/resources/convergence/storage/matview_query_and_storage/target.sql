CREATE TABLE orders (id integer PRIMARY KEY, status text);
CREATE MATERIALIZED VIEW open_orders AS SELECT id FROM orders WHERE status = 'open';
