-- A lot whose QC status another module decides (e.g. SARI's signed QC review): the inventory API
-- and pages refuse to change its status by hand, so stock cannot be released around that decision.
ALTER TABLE t_lot ADD COLUMN status_owner VARCHAR(20);
