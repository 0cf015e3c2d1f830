CREATE TABLE customers (id integer NOT NULL, name text);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric(10,2), status text DEFAULT 'new');
