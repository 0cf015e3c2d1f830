CREATE TABLE public.t (id int, a int DEFAULT 0, b text DEFAULT 'x', c numeric CHECK (c > 0), d timestamptz DEFAULT now(), CONSTRAINT t_a_check CHECK (a >= 0 AND a < 100));
CREATE INDEX t_lower_b_idx ON public.t (lower(b)) WHERE a > 0;
