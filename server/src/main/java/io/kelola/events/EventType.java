package io.kelola.events;

import java.util.Objects;

/**
 * One catalog entry: a subject, the record its payload is made from and the module that publishes
 * it.
 *
 * @param payloadType the payload record; null for a planned subject whose module does not exist yet
 * @param module the publishing application module (e.g. {@code extracts}, {@code audit})
 * @param description one sentence: what happened when this event is published
 */
public record EventType(String subject, Class<?> payloadType, String module, String description) {

  public EventType {
    SubjectPattern.requireValidSubject(subject);
    Objects.requireNonNull(module, "module");
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Event type " + subject + " needs a description");
    }
  }

  /** A subject with a typed payload. */
  public static EventType of(String subject, Class<?> payloadType, String module, String description) {
    return new EventType(subject, Objects.requireNonNull(payloadType, "payloadType"), module, description);
  }

  /** A subject reserved for a module still to be built; its payload record is not defined yet. */
  public static EventType planned(String subject, String module, String description) {
    return new EventType(subject, null, module, description);
  }

  public boolean isPlanned() {
    return payloadType == null;
  }
}
