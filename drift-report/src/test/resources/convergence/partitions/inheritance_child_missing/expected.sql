-- Drift fix script: makes target match reference
CREATE TABLE public.child (
    extra integer
) INHERITS (public.base);
