package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Several relays on one database (as with several server instances) never deliver a row twice. */
@IntegrationTest
class RelayClaimTest {

  @Autowired Events events;
  @Autowired OutboxRepository outbox;
  @Autowired DataSource dataSource;
  @Autowired List<EventSubscriber> subscribers;
  @Autowired EventsProperties props;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired OutboxRelay applicationRelay;
  @Autowired RecordingSubscriber recorder;

  @Test
  void concurrentRelaysDeliverEachRowOnce() throws Exception {
    var counting = new CountingSubscriber();
    var all = new ArrayList<EventSubscriber>(subscribers);
    all.add(counting);
    var small = new EventsProperties(null, null, 10, null, 0, null, null, 0, null);
    var relays = List.of(new OutboxRelay(outbox, dataSource, all, small, clock, new SimpleMeterRegistry()),
        new OutboxRelay(outbox, dataSource, all, small, clock, new SimpleMeterRegistry()));

    var resource = "claim-" + UUID.randomUUID();
    applicationRelay.stop(); // so that only the two relays under test deliver these rows
    try {
      concurrentRounds(relays, resource, counting);
    } finally {
      applicationRelay.start();
    }
  }

  private void concurrentRounds(List<OutboxRelay> relays, String resource, CountingSubscriber counting) throws Exception {
    var ids = new TransactionTemplate(transactions).execute(s -> {
      var list = new ArrayList<UUID>();
      for (int i = 0; i < 150; i++) list.add(events.publish(TestEventTypes.CLAIM, resource + "-" + (i % 7), null, Map.of("i", i)).eventId());
      return list;
    });

    var barrier = new CyclicBarrier(relays.size());
    var tasks = new ArrayList<Callable<Void>>();
    for (var relay : relays) {
      tasks.add(() -> {
        barrier.await();
        for (int round = 0; round < 30 && !allPublished(ids); round++) {
          relay.relayOnce();
        }
        return null;
      });
    }
    try (var pool = Executors.newFixedThreadPool(relays.size())) {
      for (var f : pool.invokeAll(tasks)) f.get();
    }

    assertThat(allPublished(ids)).isTrue();
    for (var id : ids) {
      assertThat(counting.deliveries.get(id)).as("deliveries of " + id).isEqualTo(1);
      assertThat(recorder.deliveries(id)).as("deliveries of " + id + " to the application's subscriber").isEqualTo(1);
    }
  }

  private boolean allPublished(List<UUID> ids) {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_id IN (:ids) AND published_at IS NOT NULL")
        .param("ids", ids).query(Long.class).single() == ids.size();
  }

  /** Counts deliveries per event; only the test relays know it. */
  static final class CountingSubscriber implements EventSubscriber {
    final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "test.counting";
    }

    @Override
    public boolean accepts(String subject) {
      return subject.equals(TestEventTypes.CLAIM);
    }

    @Override
    public void on(EventEnvelope event) {
      deliveries.merge(event.eventId(), 1, Integer::sum);
    }
  }
}
