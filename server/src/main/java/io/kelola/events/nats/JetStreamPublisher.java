package io.kelola.events.nats;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventsProperties;
import io.kelola.events.OutgoingEvent;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamOptions;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The relay's delivery target in NATS mode: one outbox row becomes one stream message on {@code
 * kelola.events.<event_type>} with {@code Nats-Msg-Id = event_id}, so a row published twice is
 * stored once.
 */
public final class JetStreamPublisher {

  private final Connection connection;
  private final JetStream jetStream;
  private final EnvelopeCodec codec;
  private final String stream;
  private final Duration ackTimeout;

  JetStreamPublisher(Connection connection, EventsProperties props, EnvelopeCodec codec) throws IOException {
    this.connection = connection;
    this.jetStream = connection.jetStream(JetStreamOptions.builder().requestTimeout(props.nats().publishTimeout()).build());
    this.codec = codec;
    this.stream = props.nats().stream();
    this.ackTimeout = props.nats().publishTimeout();
  }

  /**
   * Publishes and waits for the stream's ack; fails fast while disconnected rather than filling the
   * reconnect buffer.
   *
   * @return the ack ({@code isDuplicate()} when the stream already had this event)
   * @throws IOException when NATS is unreachable or the ack does not come in time
   */
  public PublishAck publish(EventEnvelope e) throws IOException, JetStreamApiException {
    if (connection.getStatus() != Connection.Status.CONNECTED) {
      throw new IOException("NATS is " + connection.getStatus());
    }
    var options = PublishOptions.builder().messageId(e.eventId().toString()).expectedStream(stream).build();
    return jetStream.publish(EnvelopeCodec.subject(e.eventType()), codec.encode(e), options);
  }

  /**
   * Publishes a batch without waiting between messages, then collects the acks in order. One
   * connection keeps the messages in publish order, and each expects its predecessor as the stream's
   * last message, so the stream stores them in outbox order even across a reconnect; a round trip per
   * message (what {@link #publish} costs) is paid once per batch instead. The server checks its
   * dedup before that expectation, so a batch published again after a lost ack is stored once.
   *
   * @return how many leading envelopes were acknowledged; fewer than {@code batch.size()} when one
   *     failed (its error is in {@code failure}), the rest are published again in a later round and
   *     dropped by the stream's dedup if they had arrived after all
   */
  public BatchResult publishAll(List<OutgoingEvent> batch) {
    if (connection.getStatus() != Connection.Status.CONNECTED) {
      return new BatchResult(0, new IOException("NATS is " + connection.getStatus()));
    }
    var acks = new ArrayList<CompletableFuture<PublishAck>>(batch.size());
    try {
      String previous = null;
      for (var e : batch) {
        var id = e.eventId().toString();
        var options = PublishOptions.builder().messageId(id).expectedStream(stream);
        // each message after the first expects its predecessor to be the stream's last: when one is
        // lost in flight (NATS restarting) while later ones wait in the reconnect buffer, those are
        // refused instead of stored ahead of it, and the round ends at the lost one
        if (previous != null) options.expectedLastMsgId(previous);
        previous = id;
        acks.add(jetStream.publishAsync(EnvelopeCodec.subject(e.eventType()), codec.encode(e), options.build()));
      }
    } catch (RuntimeException ex) {
      acks.forEach(a -> a.cancel(false));
      return new BatchResult(0, ex);
    }
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    for (int i = 0; i < acks.size(); i++) {
      try {
        acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException ex) {
        return new BatchResult(i, ex.getCause());
      } catch (TimeoutException ex) {
        return new BatchResult(i, new IOException("no JetStream ack within " + ackTimeout));
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return new BatchResult(i, ex);
      }
    }
    return new BatchResult(acks.size(), null);
  }

  /** Outcome of {@link #publishAll}: the acknowledged prefix and, if it stopped early, why. */
  public record BatchResult(int acknowledged, Throwable failure) {}
}
