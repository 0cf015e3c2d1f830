CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE VIEW open_orders AS SELECT id, customer FROM orders WHERE status = 'new';
CREATE VIEW big_open AS SELECT id FROM open_orders WHERE id > 100;
CREATE VIEW a_top AS SELECT id FROM big_open;
