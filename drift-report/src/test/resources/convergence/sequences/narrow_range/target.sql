CREATE SEQUENCE public.s MINVALUE 1 START 10;
SELECT setval('public.s', 500);
