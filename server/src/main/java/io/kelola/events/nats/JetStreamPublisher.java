package io.kelola.events.nats;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventsProperties;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamOptions;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import java.io.IOException;

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

  JetStreamPublisher(Connection connection, EventsProperties props, EnvelopeCodec codec) throws IOException {
    this.connection = connection;
    this.jetStream = connection.jetStream(JetStreamOptions.builder().requestTimeout(props.nats().publishTimeout()).build());
    this.codec = codec;
    this.stream = props.nats().stream();
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
}
