/**
 * NATS JetStream mode of the event backbone (ADR 0008), module-internal: the relay's JetStream
 * publisher, the per-instance feed of local subscribers and the durable work queues.
 */
package io.kelola.events.nats;
