CREATE TABLE orders (id integer PRIMARY KEY, body text) WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false, toast_tuple_target = 256);
