CREATE TABLE customers (id integer NOT NULL, name text);
CREATE UNIQUE INDEX customers_id ON customers (id);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers (id), total numeric(10,2), status text DEFAULT 'new');
