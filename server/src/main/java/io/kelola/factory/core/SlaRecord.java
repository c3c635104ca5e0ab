package io.kelola.factory.core;

import java.time.Instant;

/** One SLA of a document ({@code log_sla}); {@code completedAt} null while it runs. */
public record SlaRecord(String slaType, Instant startAt, Instant targetAt, Instant completedAt, int targetMin,
    Integer actualMin, boolean breached) {}
