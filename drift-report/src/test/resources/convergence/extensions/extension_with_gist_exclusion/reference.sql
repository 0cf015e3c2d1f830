CREATE EXTENSION btree_gist;
    CREATE TABLE public.bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
