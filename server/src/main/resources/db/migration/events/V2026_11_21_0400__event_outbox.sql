-- Transactional outbox (ADR 0006). A row is written in the same transaction as the change it
-- announces; the relay delivers unpublished rows in id order and stamps published_at.
-- id is the global, monotonically increasing sequence (later the SSE event id).
CREATE TABLE t_event_outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    event_type      VARCHAR(100) NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor_id        UUID,
    owner_user_id   UUID,
    resource_id     VARCHAR(100) NOT NULL,
    payload         JSONB        NOT NULL,
    published_at    TIMESTAMPTZ,
    -- delivery bookkeeping, touched only when a subscriber failed
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    delivered_to    TEXT[]       NOT NULL DEFAULT '{}'
);

CREATE INDEX idx_event_outbox_pending ON t_event_outbox (id) WHERE published_at IS NULL;
CREATE INDEX idx_event_outbox_held ON t_event_outbox (resource_id)
    WHERE published_at IS NULL AND next_attempt_at IS NOT NULL;
CREATE INDEX idx_event_outbox_published ON t_event_outbox (published_at) WHERE published_at IS NOT NULL;

-- Which consumer has already applied which event: the mark commits with the consumer's effect,
-- so a redelivered event changes nothing.
CREATE TABLE t_event_consumed (
    consumer    VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    PRIMARY KEY (consumer, event_id)
);
