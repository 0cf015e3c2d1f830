CREATE TABLE public.docs (id int, owner name);
    ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
    ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;
    CREATE POLICY own ON public.docs USING (owner = current_user);
