CREATE TABLE public.items (id int PRIMARY KEY, name text,
 a smallint, b numeric(12,4), c double precision, d real, e boolean DEFAULT false, f date, g time without time zone,
 h timestamp(3) with time zone, i interval, j uuid, k jsonb DEFAULT '{}'::jsonb, l bytea, m inet, n text[] DEFAULT '{}',
 o integer[], p int4range, q character(3), r bit varying(8), s money, t xml, u tsvector, v point, w cidr, x macaddr);
