package io.kelola.realtime;

import java.io.IOException;

/** Where a client's messages are written; only its sender thread uses it. */
interface SseSink {

  /** Writes already rendered SSE text and flushes it; blocks while the client's socket is full. */
  void write(byte[] bytes) throws IOException;

  /** Ends the stream; called once, by the sender, after its last write. */
  void close();
}
