-- Audit trail (seed 002 §1.7.B log_audit). Immutable: no updated_at, no soft delete.
-- username and entity_key are snapshots taken at the time of the action, so the log still reads
-- correctly after a user is renamed or an entity deleted; public views show entity_key, never id.
CREATE TABLE log_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT,
    username    VARCHAR(100),
    action      VARCHAR(40)  NOT NULL,
    entity_type VARCHAR(60),
    entity_id   BIGINT,
    entity_key  VARCHAR(100),
    old_value   TEXT,
    new_value   TEXT,
    ip_address  VARCHAR(64),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_log_audit_created ON log_audit (created_at DESC);
CREATE INDEX idx_log_audit_user ON log_audit (user_id, created_at DESC);
CREATE INDEX idx_log_audit_entity ON log_audit (entity_type, entity_id);
CREATE INDEX idx_log_audit_action ON log_audit (action, created_at DESC);

CREATE TRIGGER log_audit_no_update BEFORE UPDATE OR DELETE ON log_audit
    FOR EACH ROW EXECUTE FUNCTION trigger_forbid_change();
CREATE TRIGGER log_audit_no_truncate BEFORE TRUNCATE ON log_audit
    FOR EACH STATEMENT EXECUTE FUNCTION trigger_forbid_change();
