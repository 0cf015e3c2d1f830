CREATE TABLE orders (id int, body text) WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false);
CREATE MATERIALIZED VIEW m WITH (fillfactor = 40, parallel_workers = 2) AS SELECT id FROM orders;
