CREATE TABLE public.node (id int CONSTRAINT node_pk PRIMARY KEY, label text, parent_id int CONSTRAINT node_parent_fk REFERENCES public.node(id));
