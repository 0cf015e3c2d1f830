CREATE TABLE orders (id integer PRIMARY KEY, status text);
CREATE MATERIALIZED VIEW open_orders WITH (fillfactor = 50, autovacuum_enabled = false) AS SELECT id FROM orders WHERE status = 'open';
CREATE MATERIALIZED VIEW all_orders WITH (toast.autovacuum_enabled = false) AS SELECT id, status FROM orders;
CREATE VIEW secure_orders WITH (security_barrier = true) AS SELECT id, status FROM orders;
