package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EventOrderingTest {

  @Autowired Events events;
  @Autowired RecordingSubscriber recorder;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void eachResourcesEventsArriveInCommitOrder() throws Exception {
    var run = UUID.randomUUID().toString().substring(0, 8);
    var resources = List.of("ord-" + run + "-a", "ord-" + run + "-b", "ord-" + run + "-c", "ord-" + run + "-d",
        "ord-" + run + "-e");
    var tx = new TransactionTemplate(transactions);
    var tasks = new ArrayList<Callable<Void>>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      // two events per transaction, for two different resources
      tasks.add(() -> {
        tx.executeWithoutResult(s -> {
          events.publish(TestEventTypes.ORDERED, resources.get(n % 5), null, Map.of("n", n));
          events.publish(TestEventTypes.ORDERED, resources.get((n + 2) % 5), null, Map.of("n", n));
        });
        return null;
      });
    }
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (var f : pool.invokeAll(tasks)) f.get();
    }

    for (var resource : resources) {
      var committed = jdbc.sql("SELECT event_id FROM t_event_outbox WHERE resource_id = :r ORDER BY id")
          .param("r", resource).query(UUID.class).list();
      assertThat(committed).hasSize(40);
      await().atMost(Duration.ofSeconds(20)).until(() -> recorder.received(resource).size() >= 40);
      assertThat(recorder.received(resource)).extracting(EventEnvelope::eventId).as(resource)
          .containsExactlyElementsOf(committed);
    }
  }
}
