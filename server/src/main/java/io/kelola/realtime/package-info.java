/**
 * Realtime hub (seed 000 "Realtime"): streams committed events to signed-in browsers and API
 * clients over Server-Sent Events, filtered by role and owner, with replay from the outbox after a
 * reconnect, per-client backpressure and session re-validation (ADR 0007).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "events", "identity :: sessions"})
package io.kelola.realtime;
