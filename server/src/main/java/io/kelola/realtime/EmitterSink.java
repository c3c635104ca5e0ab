package io.kelola.realtime;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Writes a client's messages to its Spring MVC {@link SseEmitter}. */
final class EmitterSink implements SseSink {

  private final SseEmitter emitter;

  EmitterSink(SseEmitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public void send(SseMessage message) throws IOException {
    var event = SseEmitter.event().name(message.event()).data(message.data(), MediaType.TEXT_PLAIN);
    if (message.id() != null) event.id(Long.toString(message.id()));
    emitter.send(event);
  }

  @Override
  public void comment(String text) throws IOException {
    emitter.send(SseEmitter.event().comment(text));
  }

  /** Completes on another thread: a sender stuck writing to a slow client holds the emitter. */
  @Override
  public void close() {
    Thread.ofVirtual().name("sse-close").start(() -> {
      try {
        emitter.complete();
      } catch (IllegalStateException alreadyGone) {
        // the container already ended the request (client disconnected): nothing left to close
      }
    });
  }
}
