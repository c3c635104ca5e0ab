package io.kelola.audit;

import java.time.Instant;

/**
 * One row of a document's status history ({@code log_status}).
 *
 * @param durationMin whole minutes the document spent in {@code oldStatus}; null for the first status
 * @param changedBy username of who changed it; null for system jobs
 */
public record StatusChange(String oldStatus, String newStatus, Instant changedAt, String changedBy,
    Integer durationMin, String notes) {}
