package io.kelola.identity.domain;

import java.time.Instant;
import java.util.UUID;

/** A session as the admin console lists it. */
public record ActiveSession(
    UUID uuid, String username, String roleCode, SessionKind kind, String authMethod, String ipAddress,
    String userAgent, Instant loginAt, Instant lastActivityAt, Instant expiresAt) {}
