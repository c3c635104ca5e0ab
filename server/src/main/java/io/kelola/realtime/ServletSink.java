package io.kelola.realtime;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;

/**
 * A stream's asynchronous servlet response, written directly: the frames are rendered once by the
 * hub, so there is nothing left for a message converter to do per client. A write that cannot make
 * progress fails after the connector's idle timeout, which bounds how long a stalled socket is kept.
 */
final class ServletSink implements SseSink {

  private final AsyncContext async;
  private final ServletOutputStream out;

  ServletSink(AsyncContext async, ServletOutputStream out) {
    this.async = async;
    this.out = out;
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  @Override
  public void close() {
    try {
      async.complete();
    } catch (IllegalStateException alreadyGone) {
      // the container already ended the request (client disconnected): nothing left to close
    }
  }
}
