-- Sentient Factory ERP documents (seed 002 §1.2): sales orders and deliveries, purchase orders and
-- goods receipts, work orders with QC, shift logs, maintenance, receivables/payables with payments,
-- a cash book, SLA tracking, proactive alerts and the rollups the dashboard reads.
-- Stock itself lives in the inventory ledger; these tables hold the documents around it.
-- Extensions to the seed, each for a stated need:
--   *_no document numbers (SO-YYYYMM-NNNN…) from t_doc_seq, gapless per type and month
--   t_so_detail.disc_pct/tax_code/line_amt/qty_delivered (line discounts, PPN per tax code, partial delivery)
--   t_do_detail, t_po_receipt(+_line) (partial deliveries and receipts)
--   t_wo_material (material issue with genealogy), t_ar/t_ap.paid_amt + t_payment (partial payments)
--   t_cash_acct/t_cash_txn (a real cash balance), rpt_* (rollups kept in the writing transaction)

-- Last number given per document type and month (WIB). The row lock taken by the increment
-- serialises creates of one type and month; a rolled-back create gives its number back.
CREATE TABLE t_doc_seq (
    doc_type  VARCHAR(4)  NOT NULL,
    period    CHAR(6)     NOT NULL,
    last_no   INT         NOT NULL CHECK (last_no > 0),
    PRIMARY KEY (doc_type, period)
);

CREATE TABLE t_so (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    so_no        VARCHAR(20)   NOT NULL UNIQUE,
    cust_id      BIGINT        NOT NULL REFERENCES m_cust (id),
    wh_id        BIGINT        NOT NULL REFERENCES m_wh (id),
    order_dt     DATE          NOT NULL,
    deadline_dt  DATE          CHECK (deadline_dt >= order_dt),
    gross_amt    NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (gross_amt >= 0),
    disc_pct     NUMERIC(5,2)  NOT NULL DEFAULT 0 CHECK (disc_pct BETWEEN 0 AND 100),
    total_amt    NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (total_amt >= 0),
    tax_amt      NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (tax_amt >= 0),
    grand_amt    NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (grand_amt >= 0),
    status       VARCHAR(12)   NOT NULL DEFAULT 'Draft'
                   CHECK (status IN ('Draft', 'Pending', 'Approved', 'Closed', 'Cancelled')),
    over_credit  BOOLEAN       NOT NULL DEFAULT FALSE,
    notes        VARCHAR(500),
    approved_at  TIMESTAMPTZ,
    approved_by  BIGINT REFERENCES adm_user (id),
    owner_uuid   UUID,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id),
    deleted_at   TIMESTAMPTZ,
    deleted_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_so_cust ON t_so (cust_id) WHERE deleted_at IS NULL;
CREATE INDEX idx_t_so_order_dt ON t_so (order_dt DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX idx_t_so_open ON t_so (status) WHERE deleted_at IS NULL AND status IN ('Draft', 'Pending', 'Approved');
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_so FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

CREATE TABLE t_so_detail (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    so_id         BIGINT        NOT NULL REFERENCES t_so (id) ON DELETE CASCADE,
    line_no       INT           NOT NULL CHECK (line_no > 0),
    item_id       BIGINT        NOT NULL REFERENCES m_item (id),
    qty           NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    unit_price    NUMERIC(18,2) NOT NULL CHECK (unit_price >= 0),
    disc_pct      NUMERIC(5,2)  NOT NULL DEFAULT 0 CHECK (disc_pct BETWEEN 0 AND 100),
    tax_code      VARCHAR(10)   NOT NULL DEFAULT 'PPN',
    line_amt      NUMERIC(18,2) NOT NULL CHECK (line_amt >= 0),
    qty_delivered NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (qty_delivered >= 0 AND qty_delivered <= qty),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    UNIQUE (so_id, line_no)
);
CREATE INDEX idx_t_so_detail_item ON t_so_detail (item_id);

CREATE TABLE t_do (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    do_no        VARCHAR(20)   NOT NULL UNIQUE,
    so_id        BIGINT        NOT NULL REFERENCES t_so (id),
    driver_id    BIGINT        REFERENCES m_emp (id),
    vehicle_no   VARCHAR(20),
    ship_dt      DATE,
    eta_dt       DATE,
    actual_dt    DATE,
    status       VARCHAR(12)   NOT NULL DEFAULT 'Pending'
                   CHECK (status IN ('Pending', 'Shipped', 'Delivered', 'Cancelled')),
    net_amt      NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (net_amt >= 0),
    notes        VARCHAR(500),
    owner_uuid   UUID,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id),
    deleted_at   TIMESTAMPTZ,
    deleted_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_do_so ON t_do (so_id);
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_do FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

CREATE TABLE t_do_detail (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    do_id         BIGINT        NOT NULL REFERENCES t_do (id) ON DELETE CASCADE,
    so_detail_id  BIGINT        NOT NULL REFERENCES t_so_detail (id),
    qty           NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    UNIQUE (do_id, so_detail_id)
);

CREATE TABLE t_po (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    po_no        VARCHAR(20)   NOT NULL UNIQUE,
    vendor_id    BIGINT        NOT NULL REFERENCES m_vendor (id),
    wh_id        BIGINT        NOT NULL REFERENCES m_wh (id),
    order_dt     DATE          NOT NULL,
    expected_dt  DATE          CHECK (expected_dt >= order_dt),
    total_amt    NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (total_amt >= 0),
    tax_amt      NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (tax_amt >= 0),
    grand_amt    NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (grand_amt >= 0),
    status       VARCHAR(20)   NOT NULL DEFAULT 'Draft'
                   CHECK (status IN ('Draft', 'Pending', 'Pending Director', 'Approved', 'Partially Received',
                                     'Received', 'Cancelled')),
    approved_at  TIMESTAMPTZ,
    approved_by  BIGINT REFERENCES adm_user (id),
    notes        VARCHAR(500),
    owner_uuid   UUID,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id),
    deleted_at   TIMESTAMPTZ,
    deleted_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_po_vendor ON t_po (vendor_id) WHERE deleted_at IS NULL;
CREATE INDEX idx_t_po_pending ON t_po (status) WHERE deleted_at IS NULL AND status IN ('Pending', 'Pending Director');
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_po FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

CREATE TABLE t_po_detail (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    po_id        BIGINT        NOT NULL REFERENCES t_po (id) ON DELETE CASCADE,
    line_no      INT           NOT NULL CHECK (line_no > 0),
    item_id      BIGINT        NOT NULL REFERENCES m_item (id),
    qty          NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    unit_price   NUMERIC(18,2) NOT NULL CHECK (unit_price >= 0),
    tax_code     VARCHAR(10)   NOT NULL DEFAULT 'PPN',
    line_amt     NUMERIC(18,2) NOT NULL CHECK (line_amt >= 0),
    qty_received NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (qty_received >= 0 AND qty_received <= qty),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    UNIQUE (po_id, line_no)
);

-- A goods receipt against a PO (full or partial); it creates one payable.
CREATE TABLE t_po_receipt (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    gr_no        VARCHAR(20)   NOT NULL UNIQUE,
    po_id        BIGINT        NOT NULL REFERENCES t_po (id),
    recv_dt      DATE          NOT NULL,
    vendor_doc   VARCHAR(60),
    amt          NUMERIC(18,2) NOT NULL CHECK (amt >= 0),
    notes        VARCHAR(500),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_po_receipt_po ON t_po_receipt (po_id);

CREATE TABLE t_po_receipt_line (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    receipt_id   BIGINT        NOT NULL REFERENCES t_po_receipt (id) ON DELETE CASCADE,
    po_detail_id BIGINT        NOT NULL REFERENCES t_po_detail (id),
    qty          NUMERIC(18,4) NOT NULL CHECK (qty > 0),
    lot_no       VARCHAR(40),
    exp_dt       DATE,
    UNIQUE (receipt_id, po_detail_id)
);

CREATE TABLE t_wo (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    wo_no        VARCHAR(20)   NOT NULL UNIQUE,
    item_id      BIGINT        NOT NULL REFERENCES m_item (id),
    machine_id   BIGINT        NOT NULL REFERENCES m_machine (id),
    wh_id        BIGINT        NOT NULL REFERENCES m_wh (id),
    so_id        BIGINT        REFERENCES t_so (id),
    start_dt     DATE          NOT NULL,
    end_dt       DATE          NOT NULL CHECK (end_dt >= start_dt),
    plan_qty     NUMERIC(18,4) NOT NULL CHECK (plan_qty > 0),
    actual_qty   NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (actual_qty >= 0),
    reject_qty   NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (reject_qty >= 0),
    lot_no       VARCHAR(40),
    status       VARCHAR(12)   NOT NULL DEFAULT 'Scheduled'
                   CHECK (status IN ('Scheduled', 'In Progress', 'Done', 'Cancelled')),
    notes        VARCHAR(500),
    owner_uuid   UUID,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id),
    deleted_at   TIMESTAMPTZ,
    deleted_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_wo_machine ON t_wo (machine_id) WHERE deleted_at IS NULL;
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_wo FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

-- Materials a work order consumes (bill of materials for this order), issued through the ledger.
CREATE TABLE t_wo_material (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    wo_id       BIGINT        NOT NULL REFERENCES t_wo (id) ON DELETE CASCADE,
    item_id     BIGINT        NOT NULL REFERENCES m_item (id),
    wh_id       BIGINT        NOT NULL REFERENCES m_wh (id),
    qty_plan    NUMERIC(18,4) NOT NULL CHECK (qty_plan > 0),
    qty_issued  NUMERIC(18,4) NOT NULL DEFAULT 0 CHECK (qty_issued >= 0),
    UNIQUE (wo_id, item_id)
);

CREATE TABLE t_qc (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    wo_id         BIGINT        NOT NULL REFERENCES t_wo (id),
    check_dt      DATE          NOT NULL,
    sample_size   NUMERIC(12,2) NOT NULL CHECK (sample_size > 0),
    defect_count  NUMERIC(12,2) NOT NULL CHECK (defect_count >= 0 AND defect_count <= sample_size),
    grade         VARCHAR(6)    NOT NULL CHECK (grade IN ('A', 'B', 'C', 'Reject')),
    notes         TEXT          CHECK (length(notes) <= 1000),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_qc_wo ON t_qc (wo_id);

CREATE TABLE t_shift_log (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    machine_id    BIGINT        NOT NULL REFERENCES m_machine (id),
    emp_id        BIGINT        NOT NULL REFERENCES m_emp (id),
    wo_id         BIGINT        REFERENCES t_wo (id),
    log_dt        DATE          NOT NULL,
    shift         VARCHAR(1)    NOT NULL CHECK (shift IN ('1', '2', '3')),
    planned_min   INT           NOT NULL DEFAULT 480 CHECK (planned_min BETWEEN 1 AND 720),
    output_qty    NUMERIC(12,2) NOT NULL CHECK (output_qty >= 0),
    reject_qty    NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (reject_qty >= 0),
    downtime_min  NUMERIC(6,1)  NOT NULL DEFAULT 0 CHECK (downtime_min >= 0),
    error_code    VARCHAR(20),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    CHECK (downtime_min <= planned_min),
    -- output_qty is everything made in the shift; reject_qty the part of it rejected
    CHECK (reject_qty <= output_qty),
    UNIQUE (machine_id, log_dt, shift)
);
CREATE INDEX idx_t_shift_log_dt ON t_shift_log (log_dt);

CREATE TABLE t_maint (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid          UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    machine_id    BIGINT        NOT NULL REFERENCES m_machine (id),
    maint_dt      DATE          NOT NULL,
    maint_type    VARCHAR(12)   NOT NULL CHECK (maint_type IN ('Preventive', 'Corrective')),
    cost          NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (cost >= 0),
    hours         NUMERIC(6,1)  CHECK (hours >= 0),
    notes         TEXT          CHECK (length(notes) <= 2000),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by    BIGINT REFERENCES adm_user (id),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by    BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_maint_machine ON t_maint (machine_id, maint_dt DESC);
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_maint FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

-- Receivable: one invoice per delivered DO. amt = dpp_amt-based PPN included; paid_amt grows with payments.
CREATE TABLE t_ar (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    inv_no       VARCHAR(20)   NOT NULL UNIQUE,
    so_id        BIGINT        NOT NULL REFERENCES t_so (id),
    do_id        BIGINT        REFERENCES t_do (id) UNIQUE,
    cust_id      BIGINT        NOT NULL REFERENCES m_cust (id),
    inv_dt       DATE          NOT NULL,
    net_amt      NUMERIC(18,2) NOT NULL CHECK (net_amt >= 0),
    tax_amt      NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (tax_amt >= 0),
    amt          NUMERIC(18,2) NOT NULL CHECK (amt >= 0),
    paid_amt     NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (paid_amt >= 0 AND paid_amt <= amt),
    due_dt       DATE          NOT NULL CHECK (due_dt >= inv_dt),
    paid_dt      DATE,
    status       VARCHAR(10)   NOT NULL DEFAULT 'Open' CHECK (status IN ('Open', 'Overdue', 'Paid')),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_ar_open ON t_ar (due_dt) WHERE status <> 'Paid';
CREATE INDEX idx_t_ar_cust ON t_ar (cust_id) WHERE status <> 'Paid';
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_ar FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

-- Payable: one per goods receipt.
CREATE TABLE t_ap (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    bill_no      VARCHAR(20)   NOT NULL UNIQUE,
    po_id        BIGINT        NOT NULL REFERENCES t_po (id),
    receipt_id   BIGINT        REFERENCES t_po_receipt (id) UNIQUE,
    vendor_id    BIGINT        NOT NULL REFERENCES m_vendor (id),
    bill_dt      DATE          NOT NULL,
    vendor_doc   VARCHAR(60),
    net_amt      NUMERIC(18,2) NOT NULL CHECK (net_amt >= 0),
    tax_amt      NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (tax_amt >= 0),
    amt          NUMERIC(18,2) NOT NULL CHECK (amt >= 0),
    paid_amt     NUMERIC(18,2) NOT NULL DEFAULT 0 CHECK (paid_amt >= 0 AND paid_amt <= amt),
    due_dt       DATE          NOT NULL CHECK (due_dt >= bill_dt),
    paid_dt      DATE,
    status       VARCHAR(10)   NOT NULL DEFAULT 'Open' CHECK (status IN ('Open', 'Overdue', 'Paid')),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id)
);
CREATE INDEX idx_t_ap_open ON t_ap (due_dt) WHERE status <> 'Paid';
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_ap FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

CREATE TABLE t_cash_acct (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         VARCHAR(30)   NOT NULL UNIQUE,
    name         VARCHAR(150)  NOT NULL,
    balance      NUMERIC(18,2) NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_by   BIGINT REFERENCES adm_user (id)
);
CREATE TRIGGER set_timestamp BEFORE UPDATE ON t_cash_acct FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

-- Every movement of cash; t_cash_acct.balance is their signed sum, kept in the same transaction.
CREATE TABLE t_cash_txn (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    cash_acct_id BIGINT        NOT NULL REFERENCES t_cash_acct (id),
    txn_dt       DATE          NOT NULL,
    direction    VARCHAR(3)    NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amt          NUMERIC(18,2) NOT NULL CHECK (amt > 0),
    category     VARCHAR(20)   NOT NULL CHECK (category IN ('OPENING', 'AR_PAYMENT', 'AP_PAYMENT', 'EXPENSE',
                                                            'INCOME', 'TRANSFER')),
    ar_id        BIGINT        REFERENCES t_ar (id),
    ap_id        BIGINT        REFERENCES t_ap (id),
    ref          VARCHAR(60),
    notes        VARCHAR(500),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    created_by   BIGINT REFERENCES adm_user (id),
    CHECK (ar_id IS NULL OR ap_id IS NULL)
);
CREATE INDEX idx_t_cash_txn_acct ON t_cash_txn (cash_acct_id, txn_dt DESC, id DESC);
CREATE INDEX idx_t_cash_txn_ar ON t_cash_txn (ar_id) WHERE ar_id IS NOT NULL;
CREATE INDEX idx_t_cash_txn_ap ON t_cash_txn (ap_id) WHERE ap_id IS NOT NULL;

-- SLA per document (seed 002 §1.2 log_sla). Updated on completion and by the breach job, so not
-- append-only despite the log_ prefix the seed gives it.
CREATE TABLE log_sla (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type  VARCHAR(4)    NOT NULL CHECK (entity_type IN ('SO', 'DO', 'PO', 'WO')),
    entity_id    BIGINT        NOT NULL,
    entity_key   VARCHAR(40)   NOT NULL,
    sla_type     VARCHAR(12)   NOT NULL CHECK (sla_type IN ('Approval', 'Processing', 'Delivery')),
    start_at     TIMESTAMPTZ   NOT NULL,
    target_at    TIMESTAMPTZ   NOT NULL,
    completed_at TIMESTAMPTZ,
    target_min   INT           NOT NULL CHECK (target_min > 0),
    actual_min   INT           CHECK (actual_min >= 0),
    is_breached  BOOLEAN       NOT NULL DEFAULT FALSE,
    UNIQUE (entity_type, entity_id, sla_type)
);
-- the breach job's scan: running SLAs past their target and not yet flagged
CREATE INDEX idx_log_sla_running ON log_sla (target_at) WHERE completed_at IS NULL AND NOT is_breached;

-- Proactive alerts (seed 002 §1.5 ai_alert, sample §1.8.D). Created by the AI alerts issue; the
-- dashboard counts unread ones now.
CREATE TABLE ai_alert (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid         UUID          NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    module       VARCHAR(10)   NOT NULL,
    alert_type   VARCHAR(20)   NOT NULL,
    severity     VARCHAR(10)   NOT NULL CHECK (severity IN ('Critical', 'High', 'Medium', 'Low', 'Info')),
    message      TEXT          NOT NULL CHECK (length(message) <= 1000),
    channel      VARCHAR(10)   NOT NULL DEFAULT 'Dashboard' CHECK (channel IN ('WA', 'Email', 'Dashboard')),
    sent         BOOLEAN       NOT NULL DEFAULT FALSE,
    is_read      BOOLEAN       NOT NULL DEFAULT FALSE,
    ts           TIMESTAMPTZ   NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_ai_alert_unread ON ai_alert (severity) WHERE NOT is_read;

-- Rollups the dashboard reads instead of scanning documents (kept in the writing transaction).
-- Revenue per WIB day: net value (after discounts, before PPN) of goods delivered that day.
CREATE TABLE rpt_revenue_day (
    day      DATE          PRIMARY KEY,
    revenue  NUMERIC(18,2) NOT NULL DEFAULT 0,
    do_count INT           NOT NULL DEFAULT 0
);

-- Shift-log sums per machine and day, for OEE.
CREATE TABLE rpt_oee_day (
    machine_id   BIGINT        NOT NULL REFERENCES m_machine (id),
    day          DATE          NOT NULL,
    planned_min  NUMERIC(12,1) NOT NULL DEFAULT 0,
    downtime_min NUMERIC(12,1) NOT NULL DEFAULT 0,
    output_qty   NUMERIC(18,2) NOT NULL DEFAULT 0,
    reject_qty   NUMERIC(18,2) NOT NULL DEFAULT 0,
    -- Σ cap_per_hr × run hours of the logs: what the machine could have made while running
    ideal_qty    NUMERIC(18,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (machine_id, day)
);
