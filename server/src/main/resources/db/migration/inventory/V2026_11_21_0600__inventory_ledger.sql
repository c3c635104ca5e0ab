-- One stock ledger for all verticals (seed 002 t_inv, t_inv_move; ADR 0009). Every change is an
-- immutable row in t_inv_move; t_inv is the balance per item × warehouse × location × lot, written
-- in the same transaction, and always equals the sum of the moves. Quantities are in the item's base
-- unit (m_item.uom), NUMERIC(18,4). Extensions to the seed, each for a stated need:
--   t_inv.loc_id/lot_id (balances per storage location and lot), t_inv_move.uuid/loc_*/lot_id/
--   reason/doc_*/cust_id/qty_entered/uom_entered (traceability, recalls, unit conversion),
--   t_lot (lots with QC status), t_inv_resv (reservations), t_lot_link (production genealogy).

CREATE TABLE t_lot (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid       UUID         NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    item_id    BIGINT       NOT NULL REFERENCES m_item (id),
    lot_no     VARCHAR(40)  NOT NULL,
    supp_lot   VARCHAR(60),
    vendor_id  BIGINT REFERENCES m_vendor (id),
    mfg_dt     DATE,
    exp_dt     DATE,
    status     VARCHAR(12)  NOT NULL DEFAULT 'QUARANTINE'
                 CHECK (status IN ('QUARANTINE', 'RELEASED', 'REJECTED', 'ON_HOLD')),
    status_note VARCHAR(300),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    created_by BIGINT REFERENCES adm_user (id),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    updated_by BIGINT REFERENCES adm_user (id),
    deleted_at TIMESTAMPTZ,
    deleted_by BIGINT REFERENCES adm_user (id),
    UNIQUE (item_id, lot_no),
    CHECK (exp_dt IS NULL OR mfg_dt IS NULL OR exp_dt >= mfg_dt)
);
CREATE INDEX idx_t_lot_exp ON t_lot (item_id, exp_dt) WHERE deleted_at IS NULL;

CREATE TABLE t_inv (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id      BIGINT        NOT NULL REFERENCES m_item (id),
    wh_id        BIGINT        NOT NULL REFERENCES m_wh (id),
    loc_id       BIGINT REFERENCES m_loc (id),
    lot_id       BIGINT REFERENCES t_lot (id),
    qty_on_hand  NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (qty_on_hand >= 0),
    qty_reserved NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (qty_reserved >= 0),
    last_move_dt DATE,
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id),
    UNIQUE NULLS NOT DISTINCT (item_id, wh_id, loc_id, lot_id)
);
CREATE INDEX idx_t_inv_wh ON t_inv (wh_id, item_id);
CREATE INDEX idx_t_inv_lot ON t_inv (lot_id) WHERE lot_id IS NOT NULL;
CREATE TRIGGER set_updated_at BEFORE UPDATE ON t_inv FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

-- qty > 0 always; direction comes from the sides: IN has only a "to" side, OUT only a "from" side,
-- TRANSFER both, ADJUST exactly one (to = found stock, from = lost stock).
CREATE TABLE t_inv_move (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid        UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    item_id     BIGINT        NOT NULL REFERENCES m_item (id),
    lot_id      BIGINT REFERENCES t_lot (id),
    wh_from     BIGINT REFERENCES m_wh (id),
    loc_from    BIGINT REFERENCES m_loc (id),
    wh_to       BIGINT REFERENCES m_wh (id),
    loc_to      BIGINT REFERENCES m_loc (id),
    qty         NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    qty_entered NUMERIC(18,4),
    uom_entered VARCHAR(10),
    move_type   VARCHAR(10)   NOT NULL CHECK (move_type IN ('IN', 'OUT', 'TRANSFER', 'ADJUST')),
    reason      VARCHAR(30)   NOT NULL,
    note        VARCHAR(300),
    doc_type    VARCHAR(20),
    doc_ref     VARCHAR(60),
    cust_id     BIGINT REFERENCES m_cust (id),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by  BIGINT REFERENCES adm_user (id),
    CHECK (loc_from IS NULL OR wh_from IS NOT NULL),
    CHECK (loc_to IS NULL OR wh_to IS NOT NULL),
    CHECK (CASE move_type
             WHEN 'IN'       THEN wh_from IS NULL AND wh_to IS NOT NULL
             WHEN 'OUT'      THEN wh_from IS NOT NULL AND wh_to IS NULL
             WHEN 'TRANSFER' THEN wh_from IS NOT NULL AND wh_to IS NOT NULL
             ELSE (wh_from IS NULL) <> (wh_to IS NULL)
           END)
);
CREATE INDEX idx_t_inv_move_item ON t_inv_move (item_id, created_at DESC);
CREATE INDEX idx_t_inv_move_lot  ON t_inv_move (lot_id) WHERE lot_id IS NOT NULL;
CREATE INDEX idx_t_inv_move_doc  ON t_inv_move (doc_type, doc_ref) WHERE doc_ref IS NOT NULL;
CREATE INDEX idx_t_inv_move_cust ON t_inv_move (cust_id) WHERE cust_id IS NOT NULL;
CREATE TRIGGER t_inv_move_append_only BEFORE UPDATE OR DELETE ON t_inv_move
    FOR EACH ROW EXECUTE FUNCTION trigger_forbid_change();
CREATE TRIGGER t_inv_move_no_truncate BEFORE TRUNCATE ON t_inv_move
    FOR EACH STATEMENT EXECUTE FUNCTION trigger_forbid_change();

-- A reservation holds qty of one balance row (inv_id) for a document. qty_short > 0 only when the
-- document allowed a backorder: that part is promised but not covered by stock.
CREATE TABLE t_inv_resv (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid        UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    item_id     BIGINT        NOT NULL REFERENCES m_item (id),
    wh_id       BIGINT        NOT NULL REFERENCES m_wh (id),
    inv_id      BIGINT REFERENCES t_inv (id),
    qty         NUMERIC(18,4) NOT NULL CHECK (qty >= 0),
    qty_short   NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (qty_short >= 0),
    status      VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RELEASED', 'ISSUED')),
    doc_type    VARCHAR(20)   NOT NULL,
    doc_ref     VARCHAR(60)   NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by  BIGINT REFERENCES adm_user (id),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by  BIGINT REFERENCES adm_user (id),
    CHECK (qty + qty_short > 0),
    CHECK (inv_id IS NOT NULL OR qty = 0)
);
CREATE INDEX idx_t_inv_resv_doc ON t_inv_resv (doc_type, doc_ref);
CREATE INDEX idx_t_inv_resv_inv ON t_inv_resv (inv_id) WHERE status = 'ACTIVE';
CREATE TRIGGER set_updated_at BEFORE UPDATE ON t_inv_resv FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

-- Genealogy: qty of input lot went into output lot (production, repacking…).
CREATE TABLE t_lot_link (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    in_lot_id  BIGINT        NOT NULL REFERENCES t_lot (id),
    out_lot_id BIGINT        NOT NULL REFERENCES t_lot (id),
    qty        NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    doc_type   VARCHAR(20),
    doc_ref    VARCHAR(60),
    created_at TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by BIGINT REFERENCES adm_user (id),
    CHECK (in_lot_id <> out_lot_id)
);
CREATE INDEX idx_t_lot_link_in  ON t_lot_link (in_lot_id);
CREATE INDEX idx_t_lot_link_out ON t_lot_link (out_lot_id);
CREATE TRIGGER t_lot_link_append_only BEFORE UPDATE OR DELETE ON t_lot_link
    FOR EACH ROW EXECUTE FUNCTION trigger_forbid_change();
