package io.kelola.realtime;

import io.kelola.events.EventEnvelope;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's writer, on its own virtual thread: replays what the client missed, then drains its
 * queue, re-checking the session before every dispatch and on every heartbeat.
 */
final class SseSender implements Runnable {

  static final String RESYNC = "resync";
  static final String SESSION_EXPIRED = "session_expired";
  /** First message of a fresh stream: no listener needs it, its id gives the browser a replay cursor. */
  static final String READY = "ready";
  private static final int PAGE = 500;
  private static final int MAX_BATCH = 64;
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
      if (!sessionValid()) return;
      client.sink().comment(" connected"); // commits the response now, so EventSource reports the stream open
      if (replayAfter != null) {
        replay(replayAfter);
      } else {
        // without it, a stream that saw no event yet would reconnect with no Last-Event-ID and lose the gap
        client.sink().send(new SseMessage(hub.events().latestSequence(), READY, "{}", System.nanoTime()));
      }
      long heartbeat = hub.props().heartbeat().toMillis();
      while (!client.isClosed()) {
        var message = client.poll(heartbeat);
        if (client.isClosed() || !sessionValid()) return;
        if (message == null) {
          client.sink().comment(" hb");
          continue;
        }
        // whatever queued up meanwhile goes out in the same write: one flush, not one per event
        var batch = new java.util.ArrayList<SseMessage>(8);
        do {
          batch.add(message);
        } while (batch.size() < MAX_BATCH && (message = client.pollNow()) != null);
        client.sink().sendAll(batch);
      }
    } catch (InterruptedException closedByHub) {
      Thread.currentThread().interrupt();
    } catch (IOException | IllegalStateException gone) {
      hub.close(client, SseMetrics.CLIENT_CLOSED);
    } catch (RuntimeException ex) {
      hub.dispatchFailed();
      if (!client.isClosed()) log.warn("Event stream of {} failed", client.principal().username(), ex);
      hub.close(client, SseMetrics.CLIENT_CLOSED);
    }
  }

  /** Re-validates the session; when it is gone, says so on the stream and ends it. */
  private boolean sessionValid() throws IOException {
    var current = hub.sessions().bySessionUuid(client.principal().sessionUuid());
    if (current.isPresent()) {
      client.refresh(current.get());
      return true;
    }
    try {
      client.sink().send(SseMessage.control(SESSION_EXPIRED, SESSION_EXPIRED));
    } finally {
      hub.close(client, SseMetrics.SESSION_EXPIRED);
    }
    return false;
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
          client.sink().send(new SseMessage(e.sequence(), e.eventType(), hub.json().writeValueAsString(e), System.nanoTime()));
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
    client.sink().send(SseMessage.control(RESYNC, reason));
    client.replayDone(floor);
  }
}
