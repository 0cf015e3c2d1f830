CREATE TABLE public.t (id int, a text DEFAULT NULL, b varchar DEFAULT NULL, c numeric, d int NULL, e boolean DEFAULT NULL::boolean);
CREATE SEQUENCE public.s AS bigint INCREMENT BY 1 MINVALUE 1 NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
