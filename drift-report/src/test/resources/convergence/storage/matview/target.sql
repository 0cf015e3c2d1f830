CREATE TABLE orders (id integer PRIMARY KEY, status text);
CREATE MATERIALIZED VIEW open_orders WITH (fillfactor = 70) AS SELECT id FROM orders WHERE status = 'open';
CREATE VIEW secure_orders AS SELECT id, status FROM orders;
