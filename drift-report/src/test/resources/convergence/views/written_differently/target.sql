CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
create view v as
  select orders.id, orders.customer
  from public.orders
  where (orders.status = 'new'::text);
