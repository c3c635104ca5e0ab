package io.kelola.realtime;

import java.io.IOException;

/** Where a client's messages are written; only its sender thread writes. */
interface SseSink {

  void send(SseMessage message) throws IOException;

  /** Several messages in one write and one flush (what a client that fell behind is owed). */
  default void sendAll(java.util.List<SseMessage> messages) throws IOException {
    for (var m : messages) send(m);
  }

  /** A comment line ({@code : hb}), which keeps proxies from closing an idle stream. */
  void comment(String text) throws IOException;

  /** Ends the stream; must not block. */
  void close();
}
