CREATE TABLE events (id bigint, payload text) WITH (fillfactor = 90, toast.autovacuum_enabled = false);
CREATE UNLOGGED TABLE scratch (id int) WITH (autovacuum_enabled = false);
