CREATE TABLE public.bookings (room int, during tstzrange);
