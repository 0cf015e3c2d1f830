CREATE TABLE public.sales (id int PRIMARY KEY, region text, amount int);
CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region_key ON public.sales_by_region (region);
