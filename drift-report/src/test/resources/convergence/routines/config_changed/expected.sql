-- Drift fix script: makes target match reference
ALTER FUNCTION public.add_tax(numeric) SET search_path TO 'public', 'pg_temp' SET work_mem TO '64MB' RESET statement_timeout;
