-- Drift fix script: makes target match reference
ALTER INDEX public.events_2024_payload_idx RENAME TO events_2024_by_payload;
