package io.kelola.realtime;

import io.kelola.events.EventEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's writer, on its own virtual thread: replays what the client missed, then drains its
 * queue. It is the only thread that writes to or closes the client's sink (a servlet response is not
 * safe for concurrent use); the hub and the session watch only mark the client and wake it.
 */
final class SseSender implements Runnable {

  static final String RESYNC = "resync";
  static final String SESSION_EXPIRED = "session_expired";
  /** An API client's access token expired: it refreshes the token and reconnects with Last-Event-ID. */
  static final String TOKEN_EXPIRED = "token_expired";
  /** First message of a fresh stream: no listener needs it, its id gives the browser a replay cursor. */
  static final String READY = "ready";
  private static final int PAGE = 500;
  private static final int MAX_BATCH = 64;
  private static final byte[] CONNECTED = SseMessage.comment(" connected");
  private static final byte[] HEARTBEAT = SseMessage.comment(" hb");
  private static final Logger log = LoggerFactory.getLogger(SseSender.class);

  private final SseHub hub;
  private final SseClient client;
  private final Long replayAfter;

  SseSender(SseHub hub, SseClient client, Long replayAfter) {
    this.hub = hub;
    this.client = client;
    this.replayAfter = replayAfter;
  }

  @Override
  public void run() {
    try {
      if (client.isClosed()) return;
      client.sink().write(CONNECTED); // commits the response now, so EventSource reports the stream open
      if (replayAfter != null) {
        replay(replayAfter);
      } else {
        // without it, a stream that saw no event yet would reconnect with no Last-Event-ID and lose the gap
        send(SseMessage.of(hub.events().latestSequence(), READY, "{}", System.nanoTime()));
      }
      long heartbeat = hub.props().heartbeat().toMillis();
      var batch = new ArrayList<SseMessage>(8);
      while (!client.isClosed()) {
        var message = client.poll(heartbeat);
        if (client.ending() != null) {
          endWith(client.ending());
          return;
        }
        if (client.isClosed()) return;
        if (message == null) {
          client.sink().write(HEARTBEAT);
          continue;
        }
        // whatever queued up meanwhile goes out in the same write: one flush, not one per event
        batch.clear();
        do {
          batch.add(message);
        } while (batch.size() < MAX_BATCH && (message = client.pollNow()) != null);
        client.sink().write(concat(batch));
      }
    } catch (InterruptedException closedByHub) {
      Thread.currentThread().interrupt();
    } catch (IOException | IllegalStateException gone) {
      // the client left: closed below as client_closed
    } catch (RuntimeException ex) {
      hub.dispatchFailed();
      if (!client.isClosed()) log.warn("Event stream of {} failed", client.principal().username(), ex);
    } finally {
      hub.close(client, SseMetrics.CLIENT_CLOSED); // counts only if nothing closed it before
      client.sink().close();
    }
  }

  private static byte[] concat(List<SseMessage> batch) {
    if (batch.size() == 1) return batch.getFirst().frame();
    int size = 0;
    for (var m : batch) size += m.frame().length;
    var out = new ByteArrayOutputStream(size);
    for (var m : batch) out.writeBytes(m.frame());
    return out.toByteArray();
  }

  private void send(SseMessage message) throws IOException {
    client.sink().write(message.frame());
  }

  /** Says on the stream why it ends ({@code session_expired}, {@code token_expired}; also the drop reason), and ends it. */
  private void endWith(String event) {
    try {
      send(SseMessage.control(event, event));
    } catch (IOException gone) {
      // the client left as well; it is closed either way
    } finally {
      hub.close(client, event);
    }
  }

  /**
   * Sends the visible events after {@code after} in sequence order, or a resync when they are no
   * longer (all) retained, then lets the live events buffered meanwhile through.
   */
  private void replay(long after) throws IOException {
    if (after < 0) {
      resync("invalid_last_event_id", Long.MIN_VALUE);
      return;
    }
    var events = hub.events();
    var oldest = events.oldestRetained();
    if (oldest.isPresent() && after < oldest.getAsLong() - 1) {
      resync("retention", Long.MIN_VALUE);
      return;
    }
    long cursor = after;
    int read = 0;
    while (!client.isClosed()) {
      var page = events.since(cursor, PAGE);
      for (EventEnvelope e : page) {
        cursor = e.sequence();
        if (client.visible(hub.filter(), e)) {
          send(SseMessage.of(e.sequence(), e.eventType(), hub.json().writeValueAsString(e), System.nanoTime()));
        }
      }
      read += page.size();
      if (page.size() < PAGE) break;
      if (read >= hub.props().replayMaxEvents()) {
        resync("too_far_behind", cursor);
        return;
      }
    }
    client.replayDone(cursor);
  }

  private void resync(String reason, long floor) throws IOException {
    send(SseMessage.control(RESYNC, reason));
    client.replayDone(floor);
  }
}
