package io.kelola.realtime;

import io.kelola.events.EventEnvelope;
import io.kelola.shared.security.KelolaPrincipal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One connected stream: a bounded queue the hub only ever offers to (never blocks), drained by the
 * client's own sender thread. While a replay runs, live events wait in a side buffer and are handed
 * over afterwards without the ones the replay already sent.
 */
final class SseClient {

  private static final SseMessage WAKE = SseMessage.control("wake", "closed");

  private final ArrayBlockingQueue<SseMessage> queue;
  private final ArrayDeque<SseMessage> replayBuffer = new ArrayDeque<>();
  private final int capacity;
  private final SseSink sink;
  private final AtomicReference<String> closedReason = new AtomicReference<>();
  private volatile String ending;
  private final Instant credentialExpiresAt;
  private volatile KelolaPrincipal principal;
  private final String connectedRole;
  private boolean replaying;
  private long floor = Long.MIN_VALUE;

  SseClient(KelolaPrincipal principal, SseSink sink, int capacity, boolean replaying, Instant credentialExpiresAt) {
    this.credentialExpiresAt = credentialExpiresAt;
    this.principal = principal;
    this.sink = sink;
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.replaying = replaying;
    this.connectedRole = principal.roleCode();
  }

  /** The role the client connected with (its connection gauge). */
  String connectedRole() {
    return connectedRole;
  }

  KelolaPrincipal principal() {
    return principal;
  }

  /** The principal as the latest session check saw it (the role may have changed). */
  void refresh(KelolaPrincipal current) {
    this.principal = current;
  }

  SseSink sink() {
    return sink;
  }

  boolean visible(RoleFilter filter, EventEnvelope event) {
    var p = principal;
    return filter.allows(p.roleCode(), p.userUuid(), event);
  }

  boolean visible(RoleFilter.Decisions decisions) {
    var p = principal;
    return decisions.allows(p.roleCode(), p.userUuid());
  }

  /**
   * Offers a live message without blocking.
   *
   * @return false when the client cannot keep up (queue or replay buffer full)
   */
  synchronized boolean offer(SseMessage message) {
    if (message.id() != null && message.id() <= floor) return true; // already replayed
    if (replaying) {
      if (replayBuffer.size() >= capacity) return false;
      replayBuffer.add(message);
      return true;
    }
    return queue.offer(message);
  }

  /** Ends the replay at {@code lastReplayed}: buffered live messages after it move to the queue. */
  synchronized void replayDone(long lastReplayed) {
    floor = lastReplayed;
    for (var m : replayBuffer) {
      if (m.id() == null || m.id() > floor) queue.offer(m); // the queue is empty and at least as large
    }
    replayBuffer.clear();
    replaying = false;
  }

  SseMessage poll(long millis) throws InterruptedException {
    return queue.poll(millis, TimeUnit.MILLISECONDS);
  }

  SseMessage pollNow() {
    return queue.poll();
  }

  /** Wakes a sender waiting for messages so it sees the client is closed; what was queued is dropped. */
  void wake() {
    queue.clear();
    queue.offer(WAKE);
  }

  /**
   * The session watch found the stream's session or credential gone: the sender writes {@code
   * event} ({@code session_expired}, {@code token_expired}) and ends the stream.
   */
  void end(String event) {
    ending = event;
    wake();
  }

  /** The control event the stream is to end with, or null while it may go on. */
  String ending() {
    return ending;
  }

  /** When the access token the stream was opened with expires; null for cookie sessions. */
  Instant credentialExpiresAt() {
    return credentialExpiresAt;
  }

  /** Marks the client closed; true only for the first caller, whose reason counts. */
  boolean markClosed(String reason) {
    return closedReason.compareAndSet(null, reason);
  }

  boolean isClosed() {
    return closedReason.get() != null;
  }
}
