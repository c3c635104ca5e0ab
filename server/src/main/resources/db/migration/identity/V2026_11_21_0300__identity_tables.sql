-- Identity & access (seed 002 §1.7.B). Extensions to the seed, each for a stated need:
--   adm_user.full_name, oidc_subject (OIDC linking), is_demo (demo logins die outside demo mode), deleted_by
--   adm_session.uuid/kind/prev_token_hash/rotated_at/revoked_* (rotation with a grace window, auditing)
--   adm_refresh_token (rotating refresh tokens grouped in a family = one session)
--   adm_signing_key (JWT signing key shared by every replica, created on first start)

CREATE TABLE adm_role (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(255),
    level       INT          NOT NULL DEFAULT 99 CHECK (level BETWEEN 1 AND 99),
    is_system   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    created_by  BIGINT,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    updated_by  BIGINT
);

CREATE TABLE adm_permission (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    module      VARCHAR(20)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    code        VARCHAR(60)  NOT NULL UNIQUE,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(255)
);

CREATE TABLE adm_role_permission (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id       BIGINT NOT NULL REFERENCES adm_role (id),
    permission_id BIGINT NOT NULL REFERENCES adm_permission (id),
    UNIQUE (role_id, permission_id)
);

CREATE TABLE adm_menu (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    name            VARCHAR(100) NOT NULL,
    icon            VARCHAR(40),
    path            VARCHAR(200),
    parent_id       BIGINT REFERENCES adm_menu (id),
    sort_order      INT          NOT NULL DEFAULT 0,
    permission_code VARCHAR(60) REFERENCES adm_permission (code),
    is_active       BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX idx_adm_menu_parent ON adm_menu (parent_id, sort_order);

CREATE TABLE adm_role_menu (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id BIGINT NOT NULL REFERENCES adm_role (id),
    menu_id BIGINT NOT NULL REFERENCES adm_menu (id),
    UNIQUE (role_id, menu_id)
);

CREATE TABLE adm_user (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid                UUID         NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    username            VARCHAR(60)  NOT NULL,
    email               VARCHAR(254) NOT NULL,
    full_name           VARCHAR(100),
    password_hash       VARCHAR(100),
    role_id             BIGINT       NOT NULL REFERENCES adm_role (id),
    is_active           BOOLEAN      NOT NULL DEFAULT TRUE,
    is_demo             BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_login_count  INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    last_login          TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ,
    oidc_subject        VARCHAR(255) UNIQUE,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    created_by          BIGINT REFERENCES adm_user (id),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    updated_by          BIGINT REFERENCES adm_user (id),
    deleted_at          TIMESTAMPTZ,
    deleted_by          BIGINT REFERENCES adm_user (id)
);
CREATE UNIQUE INDEX uq_adm_user_username ON adm_user (lower(username));
CREATE UNIQUE INDEX uq_adm_user_email ON adm_user (lower(email));
CREATE INDEX idx_adm_user_active ON adm_user (id) WHERE deleted_at IS NULL;
CREATE TRIGGER set_updated_at BEFORE UPDATE ON adm_user
    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON adm_role
    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

ALTER TABLE adm_role ADD CONSTRAINT fk_adm_role_created_by FOREIGN KEY (created_by) REFERENCES adm_user (id);
ALTER TABLE adm_role ADD CONSTRAINT fk_adm_role_updated_by FOREIGN KEY (updated_by) REFERENCES adm_user (id);
ALTER TABLE log_audit ADD CONSTRAINT fk_log_audit_user FOREIGN KEY (user_id) REFERENCES adm_user (id);

CREATE TABLE adm_session (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid             UUID        NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    user_id          BIGINT      NOT NULL REFERENCES adm_user (id),
    kind             VARCHAR(10) NOT NULL CHECK (kind IN ('BROWSER', 'API')),
    auth_method      VARCHAR(10) NOT NULL DEFAULT 'PASSWORD',
    token_hash       VARCHAR(64) UNIQUE,
    prev_token_hash  VARCHAR(64),
    rotated_at       TIMESTAMPTZ,
    ip_address       VARCHAR(64),
    user_agent       VARCHAR(255),
    login_at         TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    last_activity_at TIMESTAMPTZ NOT NULL,
    is_revoked       BOOLEAN     NOT NULL DEFAULT FALSE,
    revoked_at       TIMESTAMPTZ,
    revoked_reason   VARCHAR(40)
);
CREATE INDEX idx_adm_session_user ON adm_session (user_id) WHERE NOT is_revoked;
CREATE INDEX idx_adm_session_prev ON adm_session (prev_token_hash) WHERE prev_token_hash IS NOT NULL;

CREATE TABLE adm_refresh_token (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id BIGINT      NOT NULL REFERENCES adm_session (id),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX idx_adm_refresh_session ON adm_refresh_token (session_id);

CREATE TABLE adm_signing_key (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kid        VARCHAR(40) NOT NULL UNIQUE,
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
