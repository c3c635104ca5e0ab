// SSE fanout load driver for `make bench-realtime` (bench/realtime.sh). JDK only: run it with
// `java bench/SseFanout.java key=value…` (source launch). See bench/README.md.
//
// Opens N streams on GET /events (bearer tokens of four demo roles), publishes events at a fixed
// rate by inserting outbox rows through one psql session (one autocommit transaction per event,
// occurred_at = clock_timestamp(), exactly the row Events.publish writes at commit), and measures
// occurred_at → receipt for every message a healthy client reads. Phase "healthy": every client
// reads. Phase "stalled": the same N, of which stalled% open the stream and never read it.
// Prints one "RESULT key=value…" line per phase. Every wait is bounded.

import java.io.*;
import java.net.URI;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.stream.Stream;

public class SseFanout {

  static final String PASSWORD = "Kelola-Demo-2026";
  // user, role — the seed 000 role filter (RealtimeProperties.SEED_ROLE_SUBJECTS); OPERATOR is owner-scoped
  static final String[][] USERS = {{"sari.manager", "MANAGER"}, {"qc.supervisor", "QC_SUPERVISOR"},
      {"sari.gudang", "WAREHOUSE_STAFF"}, {"sari.operator", "OPERATOR"}};
  static final String[] SUBJECTS = {"lot.created", "lot.status_changed", "lot.ready_for_production", "qc.job.created",
      "qc.job.completed", "qc.job.needs_human_review", "qc.job.reviewed", "qc.job.failed", "qc.job.approved",
      "warehouse.slot_assigned", "dispatch.created", "dispatch.status_changed", "audit.log_created"};
  static final int BUCKETS = 600_000; // 0.1 ms buckets up to 60 s

  static Map<String, String> arg;
  static String url;
  static HttpClient[] https;
  static final AtomicLongArray hist = new AtomicLongArray(BUCKETS + 1);
  static final LongAdder received = new LongAdder();
  static volatile boolean closing;
  /** Paces publishing and polls conditions; the driver never sleeps to wait for something. */
  static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();

  /** A condition that may need the network (server metrics). */
  interface Check {
    boolean ok() throws Exception;
  }

  /** Waits until {@code check} holds or {@code timeout} passes, polling every 100 ms; true if it held. */
  static boolean awaitUntil(Check check, Duration timeout) throws Exception {
    var held = new CompletableFuture<Boolean>();
    var poll = SCHEDULER.scheduleWithFixedDelay(() -> {
      try {
        if (check.ok()) held.complete(true);
      } catch (Exception e) {
        held.completeExceptionally(e);
      }
    }, 0, 100, TimeUnit.MILLISECONDS);
    try {
      return held.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return false;
    } finally {
      poll.cancel(false);
    }
  }
  static volatile Instant windowStart = Instant.MAX, windowEnd = Instant.MAX;

  public static void main(String[] a) throws Exception {
    arg = new HashMap<>();
    for (var s : a) arg.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
    url = arg.get("url");
    int n = Integer.parseInt(arg.get("clients"));
    int stalledPct = Integer.parseInt(arg.getOrDefault("stalled_pct", "5"));
    int seconds = Integer.parseInt(arg.getOrDefault("seconds", "30"));
    int rate = Integer.parseInt(arg.getOrDefault("rate", "50"));
    long pid = Long.parseLong(arg.get("pid"));
    https = new HttpClient[Math.max(1, n / 500)];
    for (int i = 0; i < https.length; i++) {
      https[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }
    var tokens = new String[USERS.length];
    for (int i = 0; i < USERS.length; i++) tokens[i] = token(USERS[i][0]);
    String admin = token("admin");
    String operatorUuid = arg.get("operator_uuid");

    try (var psql = new Psql(arg.get("db_port"))) {
      var base = memory(pid);
      var healthy = connect(n, 0, tokens);
      awaitUntil(() -> metric(admin, "kelola_sse_connections") >= healthy.total - healthy.failed.get(), Duration.ofSeconds(30));
      var connected = memory(pid);
      double rssKb = (connected[0] - base[0]) / (double) n, heapKb = (connected[1] - base[1]) / (double) n;
      run("healthy", healthy, seconds, rate, psql, operatorUuid, admin,
          String.format(Locale.ROOT, " rss_per_conn_kb=%.1f heap_per_conn_kb=%.1f rss_base_mb=%d rss_connected_mb=%d",
              rssKb, heapKb, base[0] / 1024, connected[0] / 1024));
      healthy.close(pid, admin);
      var mixed = connect(n, stalledPct, tokens);
      run("stalled", mixed, seconds, rate, psql, operatorUuid, admin, "");
      mixed.close(pid, admin);
    }
    System.exit(0);
  }

  /** One publishing window at {@code rate}/s, then up to 5 s grace for stragglers; prints the RESULT line. */
  static void run(String phase, Clients c, int seconds, int rate, Psql psql, String operatorUuid, String admin,
      String extra) throws Exception {
    for (int i = 0; i < hist.length(); i++) hist.set(i, 0);
    received.reset();
    double drops0 = drops(admin);
    var rnd = new Random(42);
    long expected = 0;
    int total = seconds * rate;
    windowStart = Instant.now();
    windowEnd = Instant.MAX;
    long t0 = System.nanoTime(), period = 1_000_000_000L / rate;
    var published = new CompletableFuture<Long>();
    var next = new AtomicInteger();
    var expectedSoFar = new long[1]; // touched only by the scheduler thread
    var pacer = SCHEDULER.scheduleAtFixedRate(() -> {
      int i = next.getAndIncrement();
      if (i >= total) return;
      try {
        String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
        boolean owned = rnd.nextBoolean();
        psql.insert(subject, owned ? operatorUuid : null, phase + "-" + i);
        for (int r = 0; r < USERS.length; r++) if (visible(USERS[r][1], subject, owned)) expectedSoFar[0] += c.healthyPerRole[r];
        if (i == total - 1) published.complete(expectedSoFar[0]);
      } catch (IOException e) {
        published.completeExceptionally(e);
      }
    }, 0, period, TimeUnit.NANOSECONDS);
    try {
      expected = published.get();
    } finally {
      pacer.cancel(false);
    }
    double publishSeconds = (System.nanoTime() - t0) / 1e9;
    windowEnd = Instant.now().plusSeconds(3); // psql may still be running the last inserts
    long expectedTotal = expected;
    awaitUntil(() -> received.sum() >= expectedTotal, Duration.ofSeconds(5)); // grace for stragglers
    long got = received.sum();
    double drops = drops(admin) - drops0;
    System.out.printf(Locale.ROOT,
        "RESULT phase=%s clients=%d healthy=%d stalled=%d events=%d publish_s=%.1f delivered=%d expected=%d msgs_per_s=%.0f"
            + " p50_ms=%.1f p99_ms=%.1f max_ms=%.1f server_drops=%.0f connect_s=%.1f failed_connects=%d%s%n",
        phase, c.total, c.healthy, c.stalled, total, publishSeconds, got, expected, got / publishSeconds,
        pct(0.50), pct(0.99), pct(1.0), drops, c.connectSeconds, c.failed.get(), extra);
  }

  static boolean visible(String role, String s, boolean owned) {
    return switch (role) {
      case "MANAGER" -> true;
      case "QC_SUPERVISOR" -> s.startsWith("lot.") || s.startsWith("qc.");
      case "WAREHOUSE_STAFF" -> s.startsWith("lot.") || s.startsWith("warehouse.") || s.equals("qc.job.approved")
          || s.equals("qc.job.completed") || s.startsWith("dispatch.");
      case "OPERATOR" -> owned && (s.startsWith("lot.") || s.equals("warehouse.slot_assigned") || s.equals("qc.job.failed")
          || s.equals("qc.job.completed") || s.startsWith("dispatch."));
      default -> false;
    };
  }

  static double pct(double p) {
    long count = 0;
    for (int i = 0; i <= BUCKETS; i++) count += hist.get(i);
    if (count == 0) return -1;
    long rank = Math.max(1, (long) Math.ceil(p * count)), seen = 0;
    for (int i = 0; i <= BUCKETS; i++) {
      seen += hist.get(i);
      if (seen >= rank) return i / 10.0;
    }
    return BUCKETS / 10.0;
  }

  /** A message read by a healthy client: records occurred_at → now when it was published in the window. */
  static void onLine(String line) {
    if (!line.startsWith("data:")) return;
    int at = line.indexOf("\"occurred_at\":\"");
    if (at < 0) return;
    var now = Instant.now();
    var occurred = Instant.parse(line.substring(at + 15, line.indexOf('"', at + 15)));
    if (occurred.isBefore(windowStart) || occurred.isAfter(windowEnd)) return;
    long tenths = Duration.between(occurred, now).toNanos() / 100_000;
    hist.incrementAndGet((int) Math.max(0, Math.min(BUCKETS, tenths)));
    received.increment();
  }

  /** The open streams of one phase. */
  static final class Clients {
    final List<AutoCloseable> bodies = Collections.synchronizedList(new ArrayList<>());
    final long[] healthyPerRole = new long[USERS.length];
    final AtomicInteger failed = new AtomicInteger();
    int total, healthy, stalled;
    double connectSeconds;

    /** Closes every stream and waits (≤ 60 s) until the server has let go of them. */
    void close(long pid, String admin) throws Exception {
      closing = true;
      for (var b : bodies) try { b.close(); } catch (Exception ignored) { }
      awaitUntil(() -> metric(admin, "kelola_sse_connections") == 0, Duration.ofSeconds(60));
      closing = false;
    }
  }

  /** Opens n streams, stalledPct% of them never read; at most 200 handshakes at a time, ≤ 180 s. */
  static Clients connect(int n, int stalledPct, String[] tokens) throws Exception {
    var c = new Clients();
    c.total = n;
    var gate = new Semaphore(200);
    var done = new CountDownLatch(n);
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int role = i % USERS.length;
      boolean stall = stalledAt(i, n, stalledPct);
      if (stall) c.stalled++; else c.healthyPerRole[role]++;
      var req = HttpRequest.newBuilder(URI.create(url + "/events")).header("Accept", "text/event-stream")
          .header("Authorization", "Bearer " + tokens[role]).GET().build();
      var http = https[i % https.length];
      gate.acquire();
      Thread.ofVirtual().start(() -> {
        try {
          if (stall) {
            var res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            if (res.statusCode() != 200) throw new IOException("HTTP " + res.statusCode());
            c.bodies.add(res.body()); // never read
            gate.release();
            done.countDown();
          } else {
            var res = http.send(req, HttpResponse.BodyHandlers.ofLines());
            if (res.statusCode() != 200) throw new IOException("HTTP " + res.statusCode());
            Stream<String> lines = res.body();
            c.bodies.add(lines);
            gate.release();
            done.countDown();
            lines.forEach(SseFanout::onLine);
          }
        } catch (Exception e) {
          if (closing) return;
          if (c.failed.incrementAndGet() <= 3) System.err.println("stream failed: " + e);
          gate.release();
          done.countDown();
        }
      });
    }
    if (!done.await(180, TimeUnit.SECONDS)) throw new IllegalStateException("streams not connected within 180 s");
    c.connectSeconds = (System.nanoTime() - t0) / 1e9;
    c.healthy = n - c.stalled;
    return c;
  }

  /** Every (100/pct)th group of four consecutive clients (one per role) stalls: about pct%, every role. */
  static boolean stalledAt(int i, int n, int pct) {
    return pct > 0 && (i / USERS.length) % (100 / pct) == 0;
  }

  static String token(String user) throws Exception {
    var body = "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}";
    var res = https[0].send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    var m = java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(res.body());
    if (res.statusCode() != 200 || !m.find()) throw new IllegalStateException("no token for " + user + ": " + res.statusCode());
    return m.group(1);
  }

  static double drops(String admin) throws Exception {
    return metric(admin, "kelola_sse_drops_total", "reason=\"slow_client\"");
  }

  /** Sum of every series of a Prometheus metric, from /actuator/prometheus. */
  static double metric(String admin, String name) throws Exception {
    return metric(admin, name, "");
  }

  /** Sum of the series of a Prometheus metric whose line contains {@code label}. */
  static double metric(String admin, String name, String label) throws Exception {
    var res = https[0].send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
        .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) throw new IllegalStateException("/actuator/prometheus: HTTP " + res.statusCode());
    double sum = 0;
    for (var l : res.body().split("\n")) {
      if ((l.startsWith(name + "{") || l.startsWith(name + " ")) && l.contains(label)) sum += Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
    }
    return sum;
  }

  /** [RSS KB, heap used KB] of the server after a full GC (jcmd). */
  static long[] memory(long pid) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    exec(jcmd, Long.toString(pid), "GC.run");
    long heap = 0;
    for (var l : exec(jcmd, Long.toString(pid), "GC.heap_info").split("\n")) {
      var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(l);
      if (!m.find()) continue;
      if (l.contains("heap")) { heap = Long.parseLong(m.group(1)); break; }
      if (l.contains("generation")) heap += Long.parseLong(m.group(1));
    }
    long rss = 0;
    for (var l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (l.startsWith("VmRSS:")) rss = Long.parseLong(l.replaceAll("\\D", ""));
    }
    return new long[] {rss, heap};
  }

  static String exec(String... cmd) throws Exception {
    var p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
    return out;
  }

  /** One psql session reading statements from stdin: each INSERT is its own autocommit transaction. */
  static final class Psql implements AutoCloseable {
    final Process p;
    final Writer in;

    Psql(String port) throws IOException {
      p = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", port, "-U", "postgres",
          "-d", "postgres").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    }

    void insert(String subject, String owner, String resource) throws IOException {
      in.write("INSERT INTO t_event_outbox (event_id, event_type, occurred_at, owner_user_id, resource_id, payload) VALUES "
          + "(gen_random_uuid(), '" + subject + "', clock_timestamp(), " + (owner == null ? "NULL" : "'" + owner + "'")
          + ", 'BENCH-" + resource + "', '{\"bench\": true, \"resource\": \"BENCH-" + resource + "\"}');\n");
      in.flush();
      if (!p.isAlive()) throw new IllegalStateException("psql exited with " + p.exitValue());
    }

    @Override
    public void close() throws Exception {
      in.close();
      if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroy();
    }
  }
}
