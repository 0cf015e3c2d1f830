CREATE TABLE public.readings (id integer PRIMARY KEY, v bigint);
CREATE VIEW public."recent readings" AS SELECT id, v FROM public.readings WHERE v > 0;
CREATE INDEX readings_v ON public.readings (v);
COMMENT ON VIEW public."recent readings" IS 'positive readings; it''s a view';
CREATE MATERIALIZED VIEW public.reading_totals AS SELECT id, v FROM public.readings WITH NO DATA;
CREATE UNIQUE INDEX reading_totals_id ON public.reading_totals (id);
COMMENT ON MATERIALIZED VIEW public.reading_totals IS E'totals \\ per id';
COMMENT ON INDEX public.reading_totals_id IS 'one row per id';
