CREATE TABLE orders (id integer PRIMARY KEY, status text);
CREATE MATERIALIZED VIEW open_orders WITH (fillfactor = 50) AS SELECT id, status FROM orders WHERE status = 'open';
