package io.kelola.extracts.domain;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventSubscriber;
import io.kelola.events.WorkQueues;
import io.kelola.extracts.ExtractsProperties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the AI inspection off the request and off the event relay: {@code qc.job.created} only wakes
 * the worker threads, which then claim PENDING jobs from the database. With NATS on, the same
 * subject is also consumed from a JetStream work queue shared by all instances (seed 000's worker
 * replicas). Either way the job row is the source of truth, so nothing is lost when a worker or an
 * event dies: the poll interval picks up whatever is still PENDING.
 */
@Component
class InspectionWorker implements EventSubscriber, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InspectionWorker.class);

  // looked up at start: the runner publishes events, and the relay that delivers them lists this subscriber
  private final ObjectProvider<InspectionRunner> runnerProvider;
  private InspectionRunner runner;
  private final ExtractsProperties props;
  private final ObjectProvider<WorkQueues> workQueues;
  private final Semaphore wake = new Semaphore(0);
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile WorkQueues.Subscription queue;
  private Thread[] threads = new Thread[0];

  InspectionWorker(ObjectProvider<InspectionRunner> runner, ExtractsProperties props,
      ObjectProvider<WorkQueues> workQueues) {
    this.runnerProvider = runner;
    this.props = props;
    this.workQueues = workQueues;
  }

  @Override
  public String name() {
    return "sari-inspection-wake";
  }

  @Override
  public boolean accepts(String subject) {
    return ExtractsEventTypes.JOB_CREATED.equals(subject);
  }

  @Override
  public void on(EventEnvelope event) {
    wake.release();
  }

  @Override
  public void start() {
    if (props.workers() == 0 || !running.compareAndSet(false, true)) return;
    runner = runnerProvider.getObject();
    threads = new Thread[props.workers()];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = Thread.ofPlatform().daemon().name("sari-inspection-" + i).start(this::loop);
    }
    var queues = workQueues.getIfAvailable();
    if (queues != null) {
      queue = queues.consume("sari-inspection", ExtractsEventTypes.JOB_CREATED,
          e -> runner.inspect(UUID.fromString(e.resourceId())));
    }
  }

  private void loop() {
    while (running.get()) {
      try {
        while (running.get() && runner.inspectNext()) {
          // keep draining while there is work
        }
        wake.tryAcquire(props.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // a broken job stays PENDING and is retried after the poll interval
        log.warn("SARI inspection failed, retrying later: {}", e.toString());
        pause();
      }
    }
  }

  /** Waits one poll interval (a wake-up for new work ends the wait early). */
  private void pause() {
    try {
      wake.tryAcquire(props.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    if (!running.compareAndSet(true, false)) return;
    if (queue != null) queue.close();
    wake.release(threads.length);
    for (var t : threads) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running.get();
  }
}
