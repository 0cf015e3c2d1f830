CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int, note text);
CREATE INDEX orders_note_idx ON public.orders (note);
