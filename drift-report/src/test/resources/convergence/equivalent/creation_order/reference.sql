CREATE TABLE public.a (id int PRIMARY KEY, b_id int);
CREATE TABLE public.b (id int PRIMARY KEY, label text);
ALTER TABLE public.a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES public.b(id);
CREATE INDEX b_label_idx ON public.b (label);
CREATE SEQUENCE public.s1;
CREATE SEQUENCE public.s2;
