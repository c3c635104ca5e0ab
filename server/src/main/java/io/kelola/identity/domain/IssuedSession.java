package io.kelola.identity.domain;

import java.util.UUID;

/** A freshly opened session. {@code token} is the raw browser credential, shown once, never stored. */
public record IssuedSession(long id, UUID uuid, String token) {}
