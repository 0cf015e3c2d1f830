CREATE TABLE public.items (id int, qty int CONSTRAINT qty_positive CHECK (qty > 0));
COMMENT ON CONSTRAINT qty_positive ON public.items IS 'no empty lines';
