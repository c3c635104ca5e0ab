package io.kelola.realtime;

/**
 * One Server-Sent Events message.
 *
 * @param id the envelope's outbox sequence, or null for control messages (resync, session_expired)
 * @param event the event field: an event type or a control name
 * @param data JSON text
 */
record SseMessage(Long id, String event, String data, long receivedNanos) {

  static SseMessage control(String event, String reason) {
    return new SseMessage(null, event, "{\"reason\":\"" + reason + "\"}", System.nanoTime());
  }
}
