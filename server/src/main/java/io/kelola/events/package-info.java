/**
 * Event backbone (seed 000 envelope, ADR 0006): modules publish events with {@link
 * io.kelola.events.Events#publish} inside their own transaction, which writes an outbox row that
 * commits or rolls back with the change. After commit a single relay per cluster delivers the rows in
 * order to in-process {@link io.kelola.events.EventSubscriber}s, at least once and in order per
 * resource; {@link io.kelola.events.IdempotentConsumer} makes redeliveries harmless. Every subject is
 * declared in the {@link io.kelola.events.EventCatalog}, documented in {@code docs/events.md}. In
 * NATS mode (ADR 0008) the relay publishes the rows to JetStream instead, every instance feeds its
 * own subscribers from the stream, and {@link io.kelola.events.WorkQueues} gives background workers
 * durable, competing consumption.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.kelola.events;
