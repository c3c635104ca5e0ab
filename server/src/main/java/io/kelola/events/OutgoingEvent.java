package io.kelola.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row as the NATS relay publishes it: the envelope's fields with the payload left as the
 * JSON text PostgreSQL returned, so publishing never parses and re-serialises it.
 *
 * @param id the outbox row (insert order)
 * @param sequence the delivery order, the SSE id
 */
public record OutgoingEvent(long id, long sequence, UUID eventId, String eventType, Instant occurredAt, UUID actorId,
    UUID ownerUserId, String resourceId, String payloadJson) {}
