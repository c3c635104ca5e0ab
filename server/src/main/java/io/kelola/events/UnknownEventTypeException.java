package io.kelola.events;

/** Thrown when publishing a subject the catalog does not know, so a typo fails loudly. */
public class UnknownEventTypeException extends IllegalArgumentException {

  UnknownEventTypeException(String subject) {
    super("Unknown event subject '" + subject + "': declare it in an EventTypeProvider so it appears in the"
        + " event catalog (docs/events.md)");
  }
}
