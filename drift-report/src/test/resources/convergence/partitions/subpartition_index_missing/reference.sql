CREATE TABLE public.m (id bigint NOT NULL, region text NOT NULL, at date NOT NULL, v int) PARTITION BY LIST (region);
CREATE TABLE public.m_eu PARTITION OF public.m FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE public.m_eu_2024 PARTITION OF public.m_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.m_other PARTITION OF public.m DEFAULT;
CREATE INDEX m_v ON public.m (v);
ALTER TABLE public.m ADD CONSTRAINT m_key UNIQUE (id, region, at);
