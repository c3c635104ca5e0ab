package io.kelola.events.nats;

import io.kelola.events.EventSubscriber;
import io.kelola.events.EventsProperties;
import io.kelola.events.IdempotentConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * NATS mode wiring: one connection per instance (reconnects forever, bounded reconnect buffer), the
 * stream created when missing, the relay's publisher, this instance's feed and the work queues. The
 * server must be reachable at start, like the database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NatsModeCondition.class)
class NatsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NatsConfiguration.class);

  @Bean(destroyMethod = "close")
  Connection natsConnection(EventsProperties props) throws IOException, InterruptedException {
    var nats = props.nats();
    if (nats.url().isBlank()) {
      throw new IllegalStateException("kelola.events.mode=nats needs kelola.events.nats.url (KELOLA_NATS_URL)");
    }
    var options = new Options.Builder()
        .servers(nats.url().split("\\s*,\\s*"))
        .connectionName("kelola")
        .maxReconnects(-1)
        .reconnectWait(Duration.ofSeconds(1))
        .reconnectBufferSize(nats.reconnectBufferBytes())
        .connectionTimeout(Duration.ofSeconds(5))
        .connectionListener((conn, type) -> logConnection(type))
        .build();
    var connection = Nats.connect(options);
    try {
      StreamSetup.ensure(connection, props);
    } catch (Exception ex) {
      connection.close();
      throw new IllegalStateException("Cannot set up NATS stream " + nats.stream(), ex);
    }
    return connection;
  }

  @Bean
  EnvelopeCodec natsEnvelopeCodec(JsonMapper json) {
    return new EnvelopeCodec(json);
  }

  @Bean
  JetStreamPublisher jetStreamPublisher(Connection natsConnection, EventsProperties props, EnvelopeCodec codec)
      throws IOException {
    return new JetStreamPublisher(natsConnection, props, codec);
  }

  @Bean
  LocalFeed natsLocalFeed(Connection natsConnection, EventsProperties props, List<EventSubscriber> subscribers,
      EnvelopeCodec codec, MeterRegistry meters) {
    return new LocalFeed(natsConnection, props, subscribers, codec, meters);
  }

  @Bean
  JetStreamWorkQueues jetStreamWorkQueues(Connection natsConnection, EventsProperties props, EnvelopeCodec codec,
      IdempotentConsumer idempotent) {
    return new JetStreamWorkQueues(natsConnection, props, codec, idempotent);
  }

  private static void logConnection(ConnectionListener.Events type) {
    switch (type) {
      case DISCONNECTED -> log.warn("NATS disconnected; reconnecting");
      case RECONNECTED, RESUBSCRIBED -> log.info("NATS {}", type);
      default -> log.debug("NATS {}", type);
    }
  }
}
