-- Drift fix script: makes target match reference
-- may fail: fails if existing rows violate it
ALTER TABLE public.r ADD CONSTRAINT r_fk FOREIGN KEY (tenant, t_id) REFERENCES public.t(tenant, id) ON DELETE SET NULL (t_id);
