CREATE TABLE public.t (a int, b int4, c varchar(10), d bool, e timestamptz, f float8, g decimal(8,2), h int8, i char(2), j int2, k float4, l timestamp, m time, n varbit(3));
