-- Drift fix script: makes target match reference
CREATE FUNCTION public.twice(x integer)
 RETURNS integer
 LANGUAGE sql IMMUTABLE
RETURN (x * 2);
