package io.kelola.realtime;

import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live event streams (seed 000): {@code /api/v1/events} for browsers (session cookie) and
 * {@code /events} for API clients (bearer token). {@code Last-Event-ID} (or {@code ?lastEventId=}
 * for EventSource polyfills) replays what the client missed.
 */
@RestController
class EventStreamController {

  private final SseHub hub;

  EventStreamController(SseHub hub) {
    this.hub = hub;
  }

  @GetMapping("/api/v1/events")
  @AuthenticatedEndpoint
  ResponseEntity<SseEmitter> browserStream(
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader,
      @RequestParam(value = "lastEventId", required = false) String lastEventIdParam)
      throws HttpMediaTypeNotAcceptableException {
    return stream(accept, lastEventIdHeader, lastEventIdParam);
  }

  @GetMapping("/events")
  @AuthenticatedEndpoint
  ResponseEntity<SseEmitter> apiStream(
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader,
      @RequestParam(value = "lastEventId", required = false) String lastEventIdParam)
      throws HttpMediaTypeNotAcceptableException {
    return stream(accept, lastEventIdHeader, lastEventIdParam);
  }

  private ResponseEntity<SseEmitter> stream(String accept, String header, String param)
      throws HttpMediaTypeNotAcceptableException {
    if (!acceptsEventStream(accept)) {
      throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.TEXT_EVENT_STREAM));
    }
    var principal = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    var emitter = new SseEmitter(0L); // no timeout: the stream lives as long as its session
    var client = hub.connect(principal, new EmitterSink(emitter), lastEventId(header != null ? header : param));
    emitter.onCompletion(() -> hub.close(client, SseMetrics.CLIENT_CLOSED));
    emitter.onError(ex -> hub.close(client, SseMetrics.CLIENT_CLOSED));
    emitter.onTimeout(() -> hub.close(client, SseMetrics.CLIENT_CLOSED));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("X-Accel-Buffering", "no")
        .contentType(MediaType.TEXT_EVENT_STREAM)
        .body(emitter);
  }

  /**
   * Streams only for clients that ask for an event stream (EventSource always does) or accept
   * anything; a JSON or HTML request gets 406 instead of a response that never ends.
   */
  static boolean acceptsEventStream(String accept) {
    if (accept == null || accept.isBlank()) return true;
    try {
      var types = MediaType.parseMediaTypes(accept);
      if (types.stream().anyMatch(t -> t.getQualityValue() > 0 && MediaType.TEXT_EVENT_STREAM.equalsTypeAndSubtype(t))) {
        return true;
      }
      return types.stream().allMatch(t -> t.isWildcardType() && t.getQualityValue() > 0);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** The client's last seen sequence: null for none, -1 when unreadable (the client must resync). */
  static Long lastEventId(String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      long id = Long.parseLong(raw.trim());
      return id < 0 ? -1L : id;
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
