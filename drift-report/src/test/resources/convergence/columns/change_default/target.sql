CREATE TABLE public.items (id int PRIMARY KEY, status text DEFAULT 'new'::text, ts timestamptz DEFAULT CURRENT_TIMESTAMP);
