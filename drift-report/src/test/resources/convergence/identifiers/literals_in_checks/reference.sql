CREATE TABLE public.t (
    id int PRIMARY KEY,
    a text CONSTRAINT a_no_semicolon CHECK (a NOT LIKE '%;%' AND a <> 'it''s'),
    b text CONSTRAINT b_no_backslash CHECK (position(E'\\' in b) = 0),
    c text CONSTRAINT "c; check" CHECK (c ~ '^[a-z]+$')
);
CREATE INDEX t_a_partial ON public.t (a) WHERE a <> 'x;y''z';
