-- Master data (seed 002 §1.1, §1.6, §1.8). Masters are addressed by their business `code` in URLs
-- and APIs (§1.6.B); `id` stays internal. Codes are unique across active and soft-deleted rows, so a
-- restore never collides. Extensions to the seed, each for a stated need:
--   m_cust.phone/email, m_vendor.phone/email (contact for documents and notifications)
--   m_item.is_lot_track/is_exp_track/temp_min/temp_max/shelf_days/reorder_pt (lots, FEFO, cold chain, Low status)
--   m_loc (storage locations inside a warehouse: SARI cold-chain slots, workshop bins)
--   m_uom_conv (unit conversions, per item or global)
--   m_cert (halal/BPOM/CoA certificates of vendors and items, with an attached file)

CREATE TABLE m_cust (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          VARCHAR(30)   NOT NULL UNIQUE,
    name          VARCHAR(150)  NOT NULL,
    addr          VARCHAR(300),
    phone         VARCHAR(30),
    email         VARCHAR(254),
    segment       VARCHAR(20)   NOT NULL DEFAULT 'Regular' CHECK (segment IN ('VIP', 'Regular')),
    credit_lim    NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (credit_lim >= 0),
    last_order_dt DATE,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by    BIGINT REFERENCES adm_user (id),
    deleted_at    TIMESTAMPTZ,
    deleted_by    BIGINT REFERENCES adm_user (id)
);

CREATE TABLE m_item (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         VARCHAR(30)   NOT NULL UNIQUE,
    name         VARCHAR(150)  NOT NULL,
    category     VARCHAR(30)   NOT NULL CHECK (category IN
                   ('Finished Goods', 'Raw Material', 'WIP', 'Component', 'Part', 'Consumable', 'Service')),
    std_cost     NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (std_cost >= 0),
    sell_price   NUMERIC(18,2) CHECK (sell_price >= 0),
    uom          VARCHAR(10)   NOT NULL,
    is_lot_track BOOLEAN       NOT NULL DEFAULT FALSE,
    is_exp_track BOOLEAN       NOT NULL DEFAULT FALSE,
    temp_min     NUMERIC(5,1),
    temp_max     NUMERIC(5,1),
    shelf_days   INT           CHECK (shelf_days > 0),
    reorder_pt   NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (reorder_pt >= 0),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id),
    deleted_at   TIMESTAMPTZ,
    deleted_by   BIGINT REFERENCES adm_user (id),
    CHECK (temp_min IS NULL OR temp_max IS NULL OR temp_min <= temp_max),
    -- an expiry-tracked item is always lot-tracked: the expiry date lives on the lot
    CHECK (NOT is_exp_track OR is_lot_track)
);

-- factor: 1 from_uom = factor × to_uom. item_id NULL = a conversion valid for every item.
CREATE TABLE m_uom_conv (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id    BIGINT REFERENCES m_item (id),
    from_uom   VARCHAR(10)   NOT NULL,
    to_uom     VARCHAR(10)   NOT NULL,
    factor     NUMERIC(18,6) NOT NULL CHECK (factor > 0),
    created_at TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by BIGINT REFERENCES adm_user (id),
    UNIQUE NULLS NOT DISTINCT (item_id, from_uom, to_uom),
    CHECK (from_uom <> to_uom)
);

CREATE TABLE m_vendor (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          VARCHAR(30)   NOT NULL UNIQUE,
    name          VARCHAR(150)  NOT NULL,
    addr          VARCHAR(300),
    phone         VARCHAR(30),
    email         VARCHAR(254),
    bank_acc      VARCHAR(60),
    otd_score     NUMERIC(5,2)  CHECK (otd_score BETWEEN 0 AND 100),
    quality_score NUMERIC(5,2)  CHECK (quality_score BETWEEN 0 AND 100),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by    BIGINT REFERENCES adm_user (id),
    deleted_at    TIMESTAMPTZ,
    deleted_by    BIGINT REFERENCES adm_user (id)
);

CREATE TABLE m_machine (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          VARCHAR(30)   NOT NULL UNIQUE,
    name          VARCHAR(150)  NOT NULL,
    location      VARCHAR(100),
    cap_per_hr    NUMERIC(12,2) CHECK (cap_per_hr >= 0),
    run_hours     NUMERIC(12,1) NOT NULL DEFAULT 0 CHECK (run_hours >= 0),
    last_maint_dt DATE,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by    BIGINT REFERENCES adm_user (id),
    deleted_at    TIMESTAMPTZ,
    deleted_by    BIGINT REFERENCES adm_user (id)
);

CREATE TABLE m_emp (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       VARCHAR(30)   NOT NULL UNIQUE,
    name       VARCHAR(150)  NOT NULL,
    dept       VARCHAR(60),
    position   VARCHAR(60),
    shift      VARCHAR(1)    CHECK (shift IN ('1', '2', '3')),
    created_at TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by BIGINT REFERENCES adm_user (id),
    updated_at TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by BIGINT REFERENCES adm_user (id),
    deleted_at TIMESTAMPTZ,
    deleted_by BIGINT REFERENCES adm_user (id)
);

CREATE TABLE m_wh (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(30)   NOT NULL UNIQUE,
    name        VARCHAR(150)  NOT NULL,
    zone        VARCHAR(10),
    capacity_m3 NUMERIC(12,2) CHECK (capacity_m3 >= 0),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by  BIGINT REFERENCES adm_user (id),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by  BIGINT REFERENCES adm_user (id),
    deleted_at  TIMESTAMPTZ,
    deleted_by  BIGINT REFERENCES adm_user (id)
);

-- A storage location inside a warehouse. kind QUARANTINE/REJECT locations are where stock that may
-- not be used waits; temperature range (°C) and capacity are optional.
CREATE TABLE m_loc (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    wh_id       BIGINT        NOT NULL REFERENCES m_wh (id),
    code        VARCHAR(30)   NOT NULL,
    zone        VARCHAR(10),
    rack        VARCHAR(10),
    slot        VARCHAR(10),
    kind        VARCHAR(12)   NOT NULL DEFAULT 'STORAGE' CHECK (kind IN ('STORAGE', 'QUARANTINE', 'REJECT')),
    temp_min    NUMERIC(5,1),
    temp_max    NUMERIC(5,1),
    cap_units   NUMERIC(18,4) CHECK (cap_units > 0),
    capacity_m3 NUMERIC(12,2) CHECK (capacity_m3 > 0),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by  BIGINT REFERENCES adm_user (id),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by  BIGINT REFERENCES adm_user (id),
    deleted_at  TIMESTAMPTZ,
    deleted_by  BIGINT REFERENCES adm_user (id),
    UNIQUE (wh_id, code),
    CHECK (temp_min IS NULL OR temp_max IS NULL OR temp_min <= temp_max)
);

-- Certificates (halal/BPJPH, BPOM, supplier CoA) of a vendor or of an item; file_key names the blob.
CREATE TABLE m_cert (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid       UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    vendor_id  BIGINT REFERENCES m_vendor (id),
    item_id    BIGINT REFERENCES m_item (id),
    cert_type  VARCHAR(10)   NOT NULL CHECK (cert_type IN ('HALAL', 'BPOM', 'COA')),
    cert_no    VARCHAR(60)   NOT NULL,
    issuer     VARCHAR(150)  NOT NULL,
    valid_from DATE          NOT NULL,
    valid_to   DATE,
    file_key   VARCHAR(100),
    file_name  VARCHAR(200),
    file_type  VARCHAR(100),
    file_size  BIGINT,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by BIGINT REFERENCES adm_user (id),
    updated_at TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by BIGINT REFERENCES adm_user (id),
    deleted_at TIMESTAMPTZ,
    deleted_by BIGINT REFERENCES adm_user (id),
    CHECK (vendor_id IS NOT NULL OR item_id IS NOT NULL),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE INDEX idx_m_cust_active    ON m_cust (code)    WHERE deleted_at IS NULL;
CREATE INDEX idx_m_item_active    ON m_item (code)    WHERE deleted_at IS NULL;
CREATE INDEX idx_m_vendor_active  ON m_vendor (code)  WHERE deleted_at IS NULL;
CREATE INDEX idx_m_machine_active ON m_machine (code) WHERE deleted_at IS NULL;
CREATE INDEX idx_m_emp_active     ON m_emp (code)     WHERE deleted_at IS NULL;
CREATE INDEX idx_m_wh_active      ON m_wh (code)      WHERE deleted_at IS NULL;
CREATE INDEX idx_m_loc_active     ON m_loc (wh_id, code) WHERE deleted_at IS NULL;
CREATE INDEX idx_m_cert_vendor    ON m_cert (vendor_id) WHERE deleted_at IS NULL;
CREATE INDEX idx_m_cert_item      ON m_cert (item_id)   WHERE deleted_at IS NULL;

CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_cust    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_item    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_vendor  FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_machine FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_emp     FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_wh      FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_loc     FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON m_cert    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
