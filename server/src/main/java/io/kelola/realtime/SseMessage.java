package io.kelola.realtime;

import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Events message, rendered to its wire form once: the hub hands the same instance
 * to every client that may see it.
 *
 * @param id the envelope's outbox sequence, or null for control messages (resync, session_expired)
 * @param event the event field: an event type or a control name
 * @param frame the UTF-8 wire form ({@code id:}, {@code event:}, {@code data:} lines and a blank line)
 * @param receivedNanos when the hub got it ({@link System#nanoTime()}), for the dispatch meter
 */
record SseMessage(Long id, String event, byte[] frame, long receivedNanos) {

  static SseMessage of(Long id, String event, String data, long receivedNanos) {
    var text = new StringBuilder(data.length() + event.length() + 32);
    if (id != null) text.append("id:").append(id).append('\n');
    text.append("event:").append(event).append('\n');
    for (var line : data.split("\n", -1)) text.append("data:").append(line).append('\n');
    text.append('\n');
    return new SseMessage(id, event, text.toString().getBytes(StandardCharsets.UTF_8), receivedNanos);
  }

  static SseMessage control(String event, String reason) {
    return of(null, event, "{\"reason\":\"" + reason + "\"}", System.nanoTime());
  }

  /** A comment line ({@code : hb}), which keeps proxies from closing an idle stream. */
  static byte[] comment(String text) {
    return (":" + text + "\n\n").getBytes(StandardCharsets.UTF_8);
  }
}
