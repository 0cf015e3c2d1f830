CREATE SEQUENCE public."old ""seq""";
CREATE TABLE public.t (id bigint DEFAULT nextval('public."old ""seq"""'));
