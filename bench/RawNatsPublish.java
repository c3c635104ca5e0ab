// Raw JetStream baseline for `make bench-realtime`: publishes the given messages asynchronously with
// jnats (the jar the server uses) and waits for every ack. Run with
// `java -cp jnats.jar bench/RawNatsPublish.java <nats-url> <file>`; each line of <file> is
// "<subject>\t<msg id>\t<json body>" (the relay's own payloads, dumped from the outbox).
// Uses a stream of its own (BENCH_RAW, subjects bench.raw.>) configured like the events stream.
// Publishes them once untimed (warm-up, other message ids), then timed.
// Prints "RAW events=<n> seconds=<s> events_per_s=<r>".

import io.nats.client.*;
import io.nats.client.api.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;

public class RawNatsPublish {

  public static void main(String[] a) throws Exception {
    var lines = Files.readAllLines(Path.of(a[1]), StandardCharsets.UTF_8);
    try (var nc = Nats.connect(Options.builder().server(a[0]).build())) {
      var jsm = nc.jetStreamManagement();
      try { jsm.deleteStream("BENCH_RAW"); } catch (JetStreamApiException notThere) { }
      jsm.addStream(StreamConfiguration.builder().name("BENCH_RAW").subjects("bench.raw.>")
          .storageType(StorageType.File).retentionPolicy(RetentionPolicy.Limits)
          .duplicateWindow(Duration.ofMinutes(2)).maxAge(Duration.ofHours(24)).build());
      var js = nc.jetStream();
      var msgs = new ArrayList<String[]>();
      for (var l : lines) if (!l.isBlank()) msgs.add(l.split("\t", 3));
      publishAll(js, msgs, "warm-"); // as the relay gets one: the timed pass runs compiled code
      long t0 = System.nanoTime();
      var acks = publishAll(js, msgs, "");
      double s = (System.nanoTime() - t0) / 1e9;
      long dup = acks.stream().filter(f -> f.join().isDuplicate()).count();
      if (dup > 0) throw new IllegalStateException(dup + " duplicate acks");
      System.out.printf(Locale.ROOT, "RAW events=%d seconds=%.3f events_per_s=%.0f%n", msgs.size(), s, msgs.size() / s);
      jsm.deleteStream("BENCH_RAW");
    }
  }

  /** Publishes every message asynchronously (ids prefixed, so a second pass is not deduplicated) and awaits all acks. */
  static ArrayList<CompletableFuture<PublishAck>> publishAll(JetStream js, List<String[]> msgs, String idPrefix) throws Exception {
    var acks = new ArrayList<CompletableFuture<PublishAck>>(msgs.size());
    for (var m : msgs) {
      var opts = PublishOptions.builder().messageId(idPrefix + m[1]).expectedStream("BENCH_RAW").build();
      acks.add(js.publishAsync("bench.raw." + m[0].substring("kelola.events.".length()),
          m[2].getBytes(StandardCharsets.UTF_8), opts));
    }
    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    return acks;
  }
}
