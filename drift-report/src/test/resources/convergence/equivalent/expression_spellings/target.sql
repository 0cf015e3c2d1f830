CREATE TABLE public.t (id int, a int DEFAULT (0), b text DEFAULT 'x'::text, c numeric, d timestamptz DEFAULT now());
ALTER TABLE public.t ADD CONSTRAINT t_c_check CHECK (((c > (0)::numeric)));
ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a >= 0) AND (a < 100));
CREATE INDEX t_lower_b_idx ON public.t USING btree (lower(b)) WHERE (a > 0);
