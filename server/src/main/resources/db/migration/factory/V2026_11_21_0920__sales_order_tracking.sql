-- Sales order approval bookkeeping: who submitted (they may not approve their own order), the
-- reason an over-credit approval was allowed, and the stock reservations an approval made (one
-- row per inventory reservation, so shipping and cancelling find them without reading the
-- inventory module's tables).
ALTER TABLE t_so ADD COLUMN submitted_by BIGINT REFERENCES adm_user (id);
ALTER TABLE t_so ADD COLUMN credit_note VARCHAR(500);

CREATE TABLE t_so_resv (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    so_id       BIGINT      NOT NULL REFERENCES t_so (id),
    item_id     BIGINT      NOT NULL REFERENCES m_item (id),
    resv_uuid   UUID        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_t_so_resv_so ON t_so_resv (so_id, item_id, id);
