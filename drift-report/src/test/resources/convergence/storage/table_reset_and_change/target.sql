CREATE TABLE orders (id integer PRIMARY KEY, body text) WITH (fillfactor = 50, parallel_workers = 4, toast.autovacuum_vacuum_cost_delay = 5);
