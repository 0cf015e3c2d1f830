CREATE SEQUENCE public.countdown AS smallint INCREMENT BY -1;
