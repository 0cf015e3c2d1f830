-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.t ADD COLUMN a text DEFAULT 'it''s; DROP TABLE t; --'::text;
ALTER TABLE public.t ADD COLUMN b text DEFAULT 'back\slash and ''quote'''::text;
ALTER TABLE public.t ADD COLUMN c text DEFAULT 'semi;colon'::text;
ALTER TABLE public.t ADD COLUMN d text DEFAULT '$$dollar$$'::text;
ALTER TABLE public.t ADD COLUMN e text DEFAULT '/* not a comment */'::text;
ALTER TABLE public.t ADD COLUMN f text DEFAULT 'line
break'::text;
ALTER TABLE public.t ADD COLUMN g text DEFAULT '"double"'::text;
COMMIT;
