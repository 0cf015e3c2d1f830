CREATE PROCEDURE archive(days integer) LANGUAGE plpgsql AS $$ BEGIN PERFORM days; END $$;
