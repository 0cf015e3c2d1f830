CREATE TABLE public.docs (id int, owner name);
    CREATE POLICY own ON public.docs USING (owner = current_user);
