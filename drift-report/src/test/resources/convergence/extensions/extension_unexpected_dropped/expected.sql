-- Drift fix script: makes target match reference
-- data loss: drops the extension and every object it owns; fails while other objects use them
DROP EXTENSION pgcrypto;
