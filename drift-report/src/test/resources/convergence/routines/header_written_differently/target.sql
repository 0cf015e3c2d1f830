create or replace function public.add_tax(
    amount NUMERIC
) returns NUMERIC
immutable
language SQL
as $body$ SELECT amount * 1.2 $body$;
