package io.kelola.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.IdempotentConsumer;
import io.kelola.events.nats.NatsServerProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relaying server is killed with SIGKILL in the middle of publishing a burst; another server
 * finishes the job. Reconciled against the stream: every committed event stored once, in order per
 * resource, and applied once by an idempotent consumer although the stream hands it over twice.
 */
class RelayCrashTest {

  private static final Logger log = LoggerFactory.getLogger(RelayCrashTest.class);
  private static final int BURST = 3000;
  private static final int RESOURCES = 10;

  private static NatsServerProcess nats;
  private static EmbeddedPostgres postgres;
  private static JdbcClient jdbc;
  private static ServerProcess crashing;
  private static ConfigurableApplicationContext survivor;

  @BeforeAll
  static void startInfrastructure() throws IOException {
    nats = NatsServerProcess.start();
    postgres = EmbeddedPostgres.builder().start();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (crashing != null && crashing.isAlive()) crashing.kill();
    if (crashing != null) crashing.deleteLog();
    if (survivor != null) survivor.close();
    if (postgres != null) postgres.close();
    if (nats != null) nats.close();
  }

  @Test
  void aRelayKilledMidBurstLosesNothingAndDuplicatesNothing() throws Exception {
    var relaySettings = new HashMap<>(Instances.externalDatabase(postgres.getPort()));
    // small batches, frequent polls: the burst takes many rounds, so the kill lands inside it
    relaySettings.put("kelola.events.batch-size", "20");
    relaySettings.put("kelola.events.poll-interval", "50ms");
    var args = new ArrayList<>(List.of("--server.port=0", "--kelola.events.mode=nats",
        "--kelola.events.nats.url=" + nats.url()));
    relaySettings.forEach((k, v) -> args.add("--" + k + "=" + v));
    crashing = ServerProcess.start(args);

    await("the first server has migrated the database").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
        .until(() -> {
          if (!crashing.isAlive()) throw new AssertionError("server exited:\n" + crashing.logTail());
          return jdbc.sql("SELECT to_regclass('t_event_outbox') IS NOT NULL").query(Boolean.class).single();
        });
    insertBurst();

    await("the first server is relaying").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5))
        .until(() -> {
          if (!crashing.isAlive()) throw new AssertionError("server exited:\n" + crashing.logTail());
          return published() >= 300;
        });
    crashing.kill();
    long publishedAtCrash = published();
    assertThat(publishedAtCrash).as("killed in the middle of the burst").isBetween(300L, BURST - 1L);
    long storedAtCrash = StreamContents.read(nats.url()).messages().size();
    log.info("Relay killed with {} of {} rows marked published and {} messages in the stream", publishedAtCrash, BURST,
        storedAtCrash);
    assertThat(storedAtCrash).as("nothing is marked published before the stream acked it").isGreaterThanOrEqualTo(publishedAtCrash);

    // a kill between the stream's ack and the mark leaves rows the stream has unmarked; the timing rarely
    // hits that window, so the last rows marked before the kill are put back into it
    assertThat(jdbc.sql("""
        UPDATE t_event_outbox SET published_at = NULL
        WHERE id IN (SELECT id FROM t_event_outbox WHERE published_at IS NOT NULL ORDER BY id DESC LIMIT 100)""")
        .update()).isEqualTo(100);

    survivor = Instances.start(nats.url(), relaySettings);
    await("the second server finishes the burst").atMost(Duration.ofSeconds(60)).until(() -> published() == BURST);

    var stream = StreamContents.read(nats.url());
    var committed = committedEvents();
    assertThat(committed).hasSize(BURST);
    assertThat(stream.copiesPerEvent()).as("every committed event stored exactly once")
        .hasSize(BURST).containsOnlyKeys(committed.keySet()).allSatisfy((id, copies) -> assertThat(copies).isOne());
    for (var m : stream.messages()) {
      assertThat(m.msgId()).isEqualTo(m.envelope().eventId().toString());
      assertThat(m.envelope().sequence()).as("the stream carries the outbox sequence")
          .isEqualTo(committed.get(m.envelope().eventId()).seq());
    }
    stream.orderPerResource().forEach((resource, ids) -> assertThat(ids.stream().map(id -> committed.get(id).id()).toList())
        .as("order of %s", resource).isSorted());
    assertThat(stream.orderPerResource()).hasSize(RESOURCES);

    // the stream hands every event over twice (a redelivery); the consumer's effect happens once
    var idempotent = survivor.getBean(IdempotentConsumer.class);
    var applied = new AtomicInteger();
    for (int pass = 0; pass < 2; pass++) {
      for (var m : stream.messages()) {
        idempotent.consume("test.crash-consumer", m.envelope(), () -> {
          applied.incrementAndGet();
          jdbc.sql("INSERT INTO t_event_consumed (consumer, event_id) VALUES ('test.crash-effect', :id)")
              .param("id", m.envelope().eventId()).update();
        });
      }
    }
    assertThat(applied.get()).isEqualTo(BURST);
    assertThat(jdbc.sql("SELECT count(*) FROM t_event_consumed WHERE consumer = 'test.crash-effect'")
        .query(Long.class).single()).isEqualTo(BURST);
  }

  /** The burst, committed at once as one transaction: rows spread over a few resources. */
  private static void insertBurst() {
    jdbc.sql("""
        INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
        SELECT gen_random_uuid(), (ARRAY['lot.created','qc.job.created','warehouse.slot_assigned'])[1 + g % 3],
               clock_timestamp(), 'CRASH-' || (g % :resources), jsonb_build_object('n', g)
        FROM generate_series(1, :burst) g""")
        .param("resources", RESOURCES).param("burst", BURST).update();
  }

  private static long published() {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE published_at IS NOT NULL").query(Long.class).single();
  }

  private record Committed(long id, long seq) {}

  private static Map<UUID, Committed> committedEvents() {
    var rows = new HashMap<UUID, Committed>();
    jdbc.sql("SELECT event_id, id, seq FROM t_event_outbox").query((rs, n) -> rows.put(rs.getObject("event_id", UUID.class),
        new Committed(rs.getLong("id"), rs.getLong("seq")))).list();
    return rows;
  }
}
