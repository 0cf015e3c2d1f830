CREATE TABLE orders (id integer PRIMARY KEY, status text);
CREATE INDEX orders_status ON orders (status) WITH (fillfactor = 90);
