CREATE SEQUENCE public.s2;
CREATE TABLE public.b (id int PRIMARY KEY, label text);
CREATE INDEX b_label_idx ON public.b (label);
CREATE SEQUENCE public.s1;
CREATE TABLE public.a (id int PRIMARY KEY, b_id int CONSTRAINT a_b_fk REFERENCES public.b(id));
