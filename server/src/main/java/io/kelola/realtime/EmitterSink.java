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

  /** One pre-rendered chunk: the container writes and flushes it once, however many events it holds. */
  @Override
  public void sendAll(java.util.List<SseMessage> messages) throws IOException {
    if (messages.size() == 1) {
      send(messages.getFirst());
      return;
    }
    var text = new StringBuilder(messages.size() * 256);
    for (var m : messages) render(m, text);
    emitter.send(new Rendered(text.toString()));
  }

  /** The SSE wire format of one event, as Spring's builder writes it. */
  static void render(SseMessage m, StringBuilder out) {
    if (m.id() != null) out.append("id:").append(m.id()).append('\n');
    out.append("event:").append(m.event()).append('\n');
    for (var line : m.data().split("\n", -1)) out.append("data:").append(line).append('\n');
    out.append('\n');
  }

  /** Already rendered events handed to the emitter as one piece of text. */
  private record Rendered(String text) implements SseEmitter.SseEventBuilder {

    @Override
    public java.util.Set<org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType> build() {
      return java.util.Set.of(new org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType(
          text, MediaType.TEXT_PLAIN));
    }

    @Override public SseEmitter.SseEventBuilder comment(String comment) { throw unsupported(); }
    @Override public SseEmitter.SseEventBuilder name(String eventName) { throw unsupported(); }
    @Override public SseEmitter.SseEventBuilder id(String id) { throw unsupported(); }
    @Override public SseEmitter.SseEventBuilder reconnectTime(long reconnectTimeMillis) { throw unsupported(); }
    @Override public SseEmitter.SseEventBuilder data(Object object) { throw unsupported(); }
    @Override public SseEmitter.SseEventBuilder data(Object object, MediaType mediaType) { throw unsupported(); }

    private static UnsupportedOperationException unsupported() {
      return new UnsupportedOperationException("already rendered");
    }
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
