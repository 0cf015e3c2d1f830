-- Drift fix script: makes target match reference
ALTER VIEW public.v RESET (security_barrier);
