-- Drift fix script: makes target match reference
ALTER VIEW public.v SET (security_invoker = true);
