-- Drift fix script: makes target match reference
ALTER VIEW public.v SET (check_option = cascaded);
