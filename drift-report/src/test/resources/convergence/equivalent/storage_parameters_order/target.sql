CREATE TABLE orders (id int, body text);
ALTER TABLE orders SET (toast.autovacuum_enabled = false, autovacuum_enabled = false);
ALTER TABLE orders SET (fillfactor = 10);
ALTER TABLE orders SET (fillfactor = 70);
CREATE MATERIALIZED VIEW m WITH (parallel_workers = 2) AS SELECT id FROM orders;
ALTER MATERIALIZED VIEW m SET (fillfactor = 40);
