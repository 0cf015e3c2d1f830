CREATE TABLE public.t (
    id int PRIMARY KEY,
    a text DEFAULT 'it''s; DROP TABLE t; --',
    b text DEFAULT E'back\\slash and \'quote\'',
    c text DEFAULT 'semi;colon',
    d text DEFAULT '$$dollar$$',
    e text DEFAULT '/* not a comment */',
    f text DEFAULT E'line\nbreak',
    g text DEFAULT '"double"'
);
