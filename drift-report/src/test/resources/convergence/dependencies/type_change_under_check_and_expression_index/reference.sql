CREATE TABLE public.items (id int, code varchar(20), CONSTRAINT code_upper CHECK (upper(code) = code));
CREATE INDEX items_code_lower ON public.items (lower(code));
CREATE STATISTICS items_stats ON id, code FROM public.items;
