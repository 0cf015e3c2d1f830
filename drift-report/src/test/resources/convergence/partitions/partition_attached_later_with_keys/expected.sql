-- Drift fix script: makes target match reference
BEGIN;
ALTER INDEX public.e25_payload RENAME TO events_2025_payload_idx;
ALTER INDEX public.e25_pk RENAME TO events_2025_pkey;
-- may fail: fails if the table's columns differ from the parent's or a row lies outside the bound
-- long lock: scans the table to check the bound unless a constraint proves it
ALTER TABLE public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMIT;
