CREATE TABLE "Odd Orders" (id int) WITH (autovacuum_vacuum_scale_factor = '0.2', vacuum_index_cleanup = auto);
