package io.kelola.inventory;

import java.util.UUID;

/** Payload of {@code lot.status_changed}. */
public record LotStatusChanged(UUID lotUuid, String lotNo, String item, String from, String to, String note) {}
