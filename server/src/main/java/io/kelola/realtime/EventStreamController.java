package io.kelola.realtime;

import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CredentialExpiry;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live event streams (seed 000): {@code /api/v1/events} for browsers (session cookie) and
 * {@code /events} for API clients (bearer token; the stream ends with {@code token_expired} when the
 * token does). {@code Last-Event-ID} (or {@code ?lastEventId=} for EventSource polyfills) replays
 * what the client missed.
 */
@RestController
class EventStreamController {

  private final SseHub hub;

  EventStreamController(SseHub hub) {
    this.hub = hub;
  }

  @GetMapping("/api/v1/events")
  @AuthenticatedEndpoint
  void browserStream(
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader,
      @RequestParam(value = "lastEventId", required = false) String lastEventIdParam,
      HttpServletRequest request, HttpServletResponse response) throws HttpMediaTypeNotAcceptableException, IOException {
    stream(accept, lastEventIdHeader, lastEventIdParam, request, response);
  }

  @GetMapping("/events")
  @AuthenticatedEndpoint
  void apiStream(
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader,
      @RequestParam(value = "lastEventId", required = false) String lastEventIdParam,
      HttpServletRequest request, HttpServletResponse response) throws HttpMediaTypeNotAcceptableException, IOException {
    stream(accept, lastEventIdHeader, lastEventIdParam, request, response);
  }

  /**
   * Starts the asynchronous response itself rather than through {@code SseEmitter}: the hub renders
   * each event once, and the sender writes those bytes straight to the socket (ADR 0007).
   */
  private void stream(String accept, String header, String param, HttpServletRequest request,
      HttpServletResponse response) throws HttpMediaTypeNotAcceptableException, IOException {
    if (!acceptsEventStream(accept)) {
      throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.TEXT_EVENT_STREAM));
    }
    var principal = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    response.setHeader("X-Accel-Buffering", "no");
    var async = request.startAsync();
    async.setTimeout(0); // no timeout: the stream lives as long as its session
    var client = hub.connect(principal, new ServletSink(async, response.getOutputStream()),
        lastEventId(header != null ? header : param), CredentialExpiry.of(request));
    async.addListener(new AsyncListener() {
      @Override public void onComplete(AsyncEvent e) { hub.close(client, SseMetrics.CLIENT_CLOSED); }
      @Override public void onError(AsyncEvent e) { hub.close(client, SseMetrics.CLIENT_CLOSED); }
      @Override public void onTimeout(AsyncEvent e) { hub.close(client, SseMetrics.CLIENT_CLOSED); }
      @Override public void onStartAsync(AsyncEvent e) {}
    });
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
