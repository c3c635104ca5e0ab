-- SARI (seed 000): lots received for QC, versioned QC specs, QC jobs with AI proposals and human
-- decisions, slot assignment, dispatches with temperature readings, and an append-only stage log.
-- Stock itself lives in the inventory ledger (t_lot, t_inv, t_inv_move); these tables hold the
-- SARI workflow around it.

CREATE TABLE t_qc_spec (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    item_id       BIGINT        NOT NULL REFERENCES m_item (id),
    market        VARCHAR(10)   NOT NULL CHECK (market IN ('DOMESTIC', 'EXPORT')),
    version       INT           NOT NULL CHECK (version > 0),
    ref_l         NUMERIC(6,2)  NOT NULL CHECK (ref_l BETWEEN 0 AND 100),
    ref_a         NUMERIC(6,2)  NOT NULL CHECK (ref_a BETWEEN -128 AND 128),
    ref_b         NUMERIC(6,2)  NOT NULL CHECK (ref_b BETWEEN -128 AND 128),
    de_max        NUMERIC(6,2)  NOT NULL CHECK (de_max > 0),
    haze_max      NUMERIC(6,2)  NOT NULL CHECK (haze_max BETWEEN 0 AND 100),
    particle_max  INT           NOT NULL CHECK (particle_max >= 0),
    -- specks smaller than this many pixels are noise, not particles
    min_particle_area INT       NOT NULL DEFAULT 9 CHECK (min_particle_area >= 1),
    min_confidence NUMERIC(4,3) NOT NULL DEFAULT 0.7 CHECK (min_confidence BETWEEN 0 AND 1),
    -- [{"code":"MOIST","name":"Kadar air","unit":"%","min":null,"max":12,"method":"AOAC 925.10"}]
    lab_limits    JSONB         NOT NULL DEFAULT '[]',
    -- ["Aroma khas", "Bebas kotoran"]: pass/fail checks the supervisor confirms
    checks        JSONB         NOT NULL DEFAULT '[]',
    method        VARCHAR(200)  NOT NULL DEFAULT 'Foto sampel + AI (YOLOv8) + uji lab',
    is_active     BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    UNIQUE (item_id, market, version)
);
-- one active version per material and market
CREATE UNIQUE INDEX uq_t_qc_spec_active ON t_qc_spec (item_id, market) WHERE is_active;

CREATE TABLE t_sari_lot (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    lot_code      VARCHAR(40)   NOT NULL UNIQUE,
    inv_lot_uuid  UUID          NOT NULL UNIQUE,
    item_id       BIGINT        NOT NULL REFERENCES m_item (id),
    vendor_id     BIGINT        NOT NULL REFERENCES m_vendor (id),
    market        VARCHAR(10)   NOT NULL CHECK (market IN ('DOMESTIC', 'EXPORT')),
    qty           NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    uom           VARCHAR(10)   NOT NULL,
    qty_base      NUMERIC(18,4) NOT NULL CHECK (qty_base > 0),
    supplier_lot  VARCHAR(60)   NOT NULL,
    harvest_date  DATE          NOT NULL,
    exp_date      DATE          NOT NULL CHECK (exp_date > harvest_date),
    intake_temp   NUMERIC(5,2)  NOT NULL CHECK (intake_temp BETWEEN -40 AND 60),
    wh_code       VARCHAR(20)   NOT NULL,
    recv_loc      VARCHAR(30)   NOT NULL,
    slot_loc      VARCHAR(30),
    coa_file_key  VARCHAR(60),
    coa_file_name VARCHAR(200),
    stage         VARCHAR(16)   NOT NULL DEFAULT 'QC'
                    CHECK (stage IN ('QC', 'RELEASED', 'REJECTED', 'READY', 'DISPATCHED')),
    stage_at      TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    owner_uuid    UUID          NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT        NOT NULL REFERENCES adm_user (id),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_t_sari_lot_owner ON t_sari_lot (owner_uuid, created_at DESC);
CREATE INDEX idx_t_sari_lot_stage ON t_sari_lot (stage, stage_at);

CREATE TABLE t_lot_photo (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    lot_id        BIGINT        NOT NULL REFERENCES t_sari_lot (id),
    seq           INT           NOT NULL CHECK (seq BETWEEN 1 AND 10),
    file_key      VARCHAR(60)   NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    bytes         INT           NOT NULL,
    UNIQUE (lot_id, seq)
);

CREATE TABLE t_qc_job (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    lot_id        BIGINT        NOT NULL REFERENCES t_sari_lot (id),
    spec_id       BIGINT        NOT NULL REFERENCES t_qc_spec (id),
    parent_job_id BIGINT REFERENCES t_qc_job (id),
    retest_reason VARCHAR(300),
    status        VARCHAR(16)   NOT NULL DEFAULT 'PENDING'
                    CHECK (status IN ('PENDING', 'COMPLETED', 'NEEDS_REVIEW', 'FAILED',
                                      'APPROVED', 'REJECTED', 'INVALIDATED')),
    -- failed inspection tries (missing file, model error); after a few the job fails with that reason
    attempts      INT           NOT NULL DEFAULT 0,
    ai_outcome    VARCHAR(16) CHECK (ai_outcome IN ('PASS', 'REVIEW', 'FAIL')),
    ai_reason     VARCHAR(500),
    model_version VARCHAR(100),
    thresholds    JSONB,
    inspected_at  TIMESTAMPTZ,
    lab_values    JSONB,
    check_results JSONB,
    decision_reason VARCHAR(500),
    reviewed_by   BIGINT REFERENCES adm_user (id),
    reviewed_at   TIMESTAMPTZ,
    signature_meaning VARCHAR(100),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_t_qc_job_lot ON t_qc_job (lot_id, created_at);
CREATE INDEX idx_t_qc_job_status ON t_qc_job (status, created_at);
CREATE INDEX idx_t_qc_job_pending ON t_qc_job (attempts, created_at) WHERE status = 'PENDING';

-- the AI's proposal per photo, kept with the model version and thresholds of its job
CREATE TABLE t_qc_result (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id        BIGINT        NOT NULL REFERENCES t_qc_job (id),
    photo_id      BIGINT        NOT NULL REFERENCES t_lot_photo (id),
    detections    JSONB         NOT NULL DEFAULT '[]',
    lab_l         NUMERIC(7,3),
    lab_a         NUMERIC(7,3),
    lab_b         NUMERIC(7,3),
    delta_e       NUMERIC(7,3),
    colour_conf   NUMERIC(4,3),
    haze          NUMERIC(7,3),
    haze_conf     NUMERIC(4,3),
    particles     INT,
    particle_sizes JSONB,
    particle_conf NUMERIC(4,3),
    annotated_key VARCHAR(60),
    error         VARCHAR(300),
    UNIQUE (job_id, photo_id)
);

CREATE TABLE t_dispatch (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    dispatch_no   VARCHAR(30)   NOT NULL UNIQUE,
    lot_id        BIGINT        NOT NULL REFERENCES t_sari_lot (id),
    destination   VARCHAR(12)   NOT NULL CHECK (destination IN ('PRODUCTION', 'CUSTOMER')),
    customer_id   BIGINT REFERENCES m_cust (id),
    qty           NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    reservation_uuid UUID,
    status        VARCHAR(12)   NOT NULL DEFAULT 'CREATED'
                    CHECK (status IN ('CREATED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED')),
    note          VARCHAR(300),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    CHECK ((destination = 'CUSTOMER') = (customer_id IS NOT NULL))
);
CREATE INDEX idx_t_dispatch_lot ON t_dispatch (lot_id);

CREATE TABLE t_dispatch_temp (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dispatch_id   BIGINT        NOT NULL REFERENCES t_dispatch (id),
    read_at       TIMESTAMPTZ   NOT NULL,
    temp_c        NUMERIC(5,2)  NOT NULL CHECK (temp_c BETWEEN -40 AND 60),
    in_range      BOOLEAN       NOT NULL,
    note          VARCHAR(200),
    recorded_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_dispatch_temp ON t_dispatch_temp (dispatch_id, read_at);

-- the lot's timeline: one row per stage or QC change, never updated or deleted
CREATE TABLE log_lot_stage (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lot_id        BIGINT        NOT NULL REFERENCES t_sari_lot (id),
    at            TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    what          VARCHAR(40)   NOT NULL,
    stage         VARCHAR(16)   NOT NULL,
    duration_min  INT,
    note          VARCHAR(500),
    actor_id      BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_log_lot_stage ON log_lot_stage (lot_id, at);
CREATE TRIGGER forbid_change BEFORE UPDATE OR DELETE ON log_lot_stage
    FOR EACH ROW EXECUTE FUNCTION trigger_forbid_change();
CREATE TRIGGER forbid_truncate BEFORE TRUNCATE ON log_lot_stage
    FOR EACH STATEMENT EXECUTE FUNCTION trigger_forbid_change();

CREATE SEQUENCE seq_sari_lot;
CREATE SEQUENCE seq_dispatch;
