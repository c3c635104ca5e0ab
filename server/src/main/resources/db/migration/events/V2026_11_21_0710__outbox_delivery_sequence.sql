-- The SSE id / replay cursor is now the order in which the relay delivers rows (ADR 0006, amended),
-- not the insert id: a transaction that took a lower id but committed after a higher one would
-- otherwise be delivered with a sequence a reconnecting client had already passed, and its replay
-- would miss it. Rows already delivered keep their id as their sequence.
ALTER TABLE t_event_outbox ADD COLUMN seq BIGINT UNIQUE;
UPDATE t_event_outbox SET seq = id WHERE published_at IS NOT NULL;
CREATE SEQUENCE t_event_outbox_seq;
SELECT setval('t_event_outbox_seq', greatest((SELECT max(id) FROM t_event_outbox), 1));
