CREATE TABLE public.items (id int, code text);
CREATE INDEX items_code ON public.items (lower(code));
COMMENT ON INDEX public.items_code IS 'case-insensitive lookups';
