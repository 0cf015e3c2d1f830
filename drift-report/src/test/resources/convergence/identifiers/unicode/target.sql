CREATE SCHEMA "données";
