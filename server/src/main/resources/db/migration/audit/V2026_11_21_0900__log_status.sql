-- Status history of documents (seed 002 §1.2 log_status): one row per status change, with how long
-- the document stayed in the previous status. Append-only like every log_* table.
CREATE TABLE log_status (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type  VARCHAR(10)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    old_status   VARCHAR(30),
    new_status   VARCHAR(30)  NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    changed_by   BIGINT REFERENCES adm_user (id),
    duration_min INT CHECK (duration_min >= 0),
    notes        TEXT CHECK (length(notes) <= 500)
);
CREATE INDEX idx_log_status_entity ON log_status (entity_type, entity_id, changed_at, id);
CREATE TRIGGER forbid_change BEFORE UPDATE OR DELETE ON log_status
    FOR EACH ROW EXECUTE FUNCTION trigger_forbid_change();
CREATE TRIGGER forbid_truncate BEFORE TRUNCATE ON log_status
    FOR EACH STATEMENT EXECUTE FUNCTION trigger_forbid_change();
