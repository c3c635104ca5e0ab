package io.kelola.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.EventEnvelope;
import io.kelola.events.Events;
import io.kelola.events.nats.NatsRecordingSubscriber;
import io.kelola.events.nats.NatsServerTestBase;
import io.kelola.support.TestClockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * nats-server is stopped and started again (same port, same store) while two threads publish a burst
 * in many small transactions: every committed event ends up in the stream once, in order per
 * resource, and this instance's subscribers get each exactly once.
 */
@SpringBootTest(properties = {"kelola.db.embedded.ephemeral=true", "kelola.events.mode=nats",
    // short pauses while NATS is away, so the backlog drains within the test
    "kelola.events.retry-backoff=200ms", "kelola.events.nats.max-outage-backoff=1s"})
@Import(TestClockConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NatsRestartTest extends NatsServerTestBase {

  private static final int THREADS = 2;
  private static final int TRANSACTIONS_PER_THREAD = 200;
  private static final int EVENTS_PER_TRANSACTION = 5;
  private static final int BURST = THREADS * TRANSACTIONS_PER_THREAD * EVENTS_PER_TRANSACTION;

  @Autowired Events events;
  @Autowired NatsRecordingSubscriber recorder;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;
  private final Gate down = new Gate();
  private final Gate back = new Gate();

  @Test
  void aNatsRestartMidBurstLosesNothingAndDuplicatesNothing() throws Exception {
    var marker = "restart-" + UUID.randomUUID();
    var committed = ConcurrentHashMap.<UUID>newKeySet();
    var pool = Executors.newFixedThreadPool(THREADS);
    var workers = new ArrayList<Future<?>>();
    double failuresBefore = publishFailures();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> publishBurst(marker + "-t" + thread, committed)));
      }
      await("a third of the burst committed").atMost(Duration.ofSeconds(60)).until(() -> down.paused() == THREADS);
      nats.stop();
      down.resume();
      try {
        await("the second third committed and the relay failing").atMost(Duration.ofSeconds(60))
            .until(() -> back.paused() == THREADS && publishFailures() > failuresBefore);
        assertThat(unpublished(marker)).as("events wait in the outbox while NATS is away").isPositive();
      } finally {
        nats.startAgain();
        back.resume();
      }
      for (var w : workers) w.get(60, TimeUnit.SECONDS);
    } finally {
      down.resume();
      back.resume();
      pool.shutdownNow();
    }
    assertThat(committed).hasSize(BURST);

    await("every committed event published").atMost(Duration.ofSeconds(60)).until(() -> unpublished(marker) == 0);
    var stream = StreamContents.read(nats.url());
    var copies = stream.copiesPerEvent();
    assertThat(committed).as("every committed event is in the stream").allSatisfy(id -> assertThat(copies).containsKey(id));
    assertThat(committed).as("and stored once").allSatisfy(id -> assertThat(copies.get(id)).isOne());
    var mine = stream.messages().stream().map(StreamContents.StoredEvent::envelope)
        .filter(e -> e.resourceId().startsWith(marker)).toList();
    assertThat(mine).hasSize(BURST);
    assertOrderedPerResource(mine);

    await("this instance's subscribers got every event").atMost(Duration.ofSeconds(60))
        .until(() -> committed.stream().allMatch(id -> recorder.deliveries(id) >= 1));
    await("and no late copy follows").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
        .until(() -> committed.stream().allMatch(id -> recorder.deliveries(id) == 1));
    var received = new ArrayList<EventEnvelope>();
    for (var resource : resources(mine)) received.addAll(recorder.received(resource));
    assertOrderedPerResource(received);
  }

  /** Each thread owns its resources and numbers its events per resource, so order is checkable by payload. */
  private void publishBurst(String prefix, Set<UUID> committed) {
    var tx = new TransactionTemplate(transactions);
    for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
      if (i == TRANSACTIONS_PER_THREAD / 3) down.pause();
      if (i == 2 * TRANSACTIONS_PER_THREAD / 3) back.pause();
      int transaction = i;
      var ids = tx.execute(s -> {
        var published = new ArrayList<UUID>();
        for (int e = 0; e < EVENTS_PER_TRANSACTION; e++) {
          var resource = prefix + "-r" + e;
          published.add(events.publish("test.ordered", resource, null, Map.of("n", transaction)).eventId());
        }
        return published;
      });
      committed.addAll(ids);
    }
  }

  /** Where the publishing threads wait for the test to take NATS down, or to bring it back. */
  private static final class Gate {
    private final AtomicInteger paused = new AtomicInteger();
    private final CountDownLatch open = new CountDownLatch(1);

    void pause() {
      paused.incrementAndGet();
      try {
        if (!open.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("gate never opened");
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(ex);
      }
    }

    int paused() {
      return paused.get();
    }

    void resume() {
      open.countDown();
    }
  }

  private double publishFailures() {
    var counter = meters.find("kelola.events.nats.publish.failures").counter();
    return counter == null ? 0 : counter.count();
  }

  private static void assertOrderedPerResource(List<EventEnvelope> envelopes) {
    var perResource = new java.util.HashMap<String, List<Integer>>();
    for (var e : envelopes) perResource.computeIfAbsent(e.resourceId(), r -> new ArrayList<>()).add(e.payload().get("n").asInt());
    assertThat(perResource).hasSize(THREADS * EVENTS_PER_TRANSACTION);
    perResource.forEach((resource, numbers) -> assertThat(numbers).as("order of %s", resource)
        .hasSize(TRANSACTIONS_PER_THREAD).isSorted().doesNotHaveDuplicates());
  }

  private static Set<String> resources(List<EventEnvelope> envelopes) {
    var resources = new HashSet<String>();
    for (var e : envelopes) resources.add(e.resourceId());
    return resources;
  }

  private long unpublished(String marker) {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE published_at IS NULL AND resource_id LIKE :m")
        .param("m", marker + "%").query(Long.class).single();
  }
}
