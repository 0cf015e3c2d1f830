-- Drift fix script: makes target match reference
CREATE PROCEDURE public.archive(IN days integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN PERFORM days; END $procedure$;
