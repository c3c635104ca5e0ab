package io.kelola.events.nats;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real {@code nats-server -js} for one test class and its NATS-mode Spring context. Subclasses
 * close their context after the class ({@code @DirtiesContext}) so it goes before its server does.
 */
public abstract class NatsServerTestBase {

  protected static NatsServerProcess nats;

  @DynamicPropertySource
  static void natsServer(DynamicPropertyRegistry registry) {
    if (nats == null) nats = NatsServerProcess.start();
    registry.add("kelola.events.nats.url", nats::url);
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (nats != null) nats.close();
    nats = null;
  }
}
