CREATE TABLE public.items (id int PRIMARY KEY, status text DEFAULT 'open'::text, ts timestamptz DEFAULT now());
