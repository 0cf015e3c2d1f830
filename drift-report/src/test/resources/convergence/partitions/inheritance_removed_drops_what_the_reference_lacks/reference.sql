CREATE TABLE public.base (id int, note text CONSTRAINT note_set CHECK (note <> ''));
CREATE TABLE public.other (tag text, CONSTRAINT tag_set CHECK (tag <> ''));
CREATE TABLE public.child (id int, extra int);
