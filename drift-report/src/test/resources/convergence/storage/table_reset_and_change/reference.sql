CREATE TABLE orders (id integer PRIMARY KEY, body text) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);
