// SSE fanout load driver for `make bench-realtime` (bench/realtime.sh). JDK only: run it with
// `java bench/SseFanout.java key=value…` (source launch). See bench/README.md.
//
// Opens N streams on GET /events (bearer tokens of four demo roles), publishes events at a fixed
// rate by inserting outbox rows through one psql session (one autocommit transaction per event,
// occurred_at = clock_timestamp(), exactly the row Events.publish writes at commit), and measures
// occurred_at → receipt for every message a healthy client reads. Warm-up: warmup_s of the same
// publishing to the healthy streams, nothing recorded. Phase "healthy": every client reads. Phase
// "stalled": the same N, of which stalled% open the stream and never read it. Prints one
// "RESULT key=value…" line per phase. Every wait is bounded.
//
// The driver shares the machine with the server, so its own CPU cost shows up in the server's
// latencies: the streams are plain non-blocking sockets on one selector thread, the HTTP/1.1
// response (chunked or not) is decoded by hand, and occurred_at is parsed from the bytes without
// a String per line. The rare helper calls (tokens, metrics) use java.net.http.HttpClient.

import java.io.*;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class SseFanout {

  static final String PASSWORD = "Kelola-Demo-2026";
  // user, role — the seed 000 role filter (RealtimeProperties.SEED_ROLE_SUBJECTS); OPERATOR is owner-scoped
  static final String[][] USERS = {{"sari.manager", "MANAGER"}, {"qc.supervisor", "QC_SUPERVISOR"},
      {"sari.gudang", "WAREHOUSE_STAFF"}, {"sari.operator", "OPERATOR"}};
  static final String[] SUBJECTS = {"lot.created", "lot.status_changed", "lot.ready_for_production", "qc.job.created",
      "qc.job.completed", "qc.job.needs_human_review", "qc.job.reviewed", "qc.job.failed", "qc.job.approved",
      "warehouse.slot_assigned", "dispatch.created", "dispatch.status_changed", "audit.log_created"};
  static final int BUCKETS = 600_000; // 0.1 ms buckets up to 60 s
  static final int MAX_HANDSHAKES = 200;
  static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30), CONNECT_TIMEOUT = Duration.ofSeconds(180);

  static Map<String, String> arg;
  static String url;
  static HttpClient http;
  static final AtomicLongArray hist = new AtomicLongArray(BUCKETS + 1);
  /** Messages recorded in the current window. */
  static final LongAdder received = new LongAdder();
  /** Every message with an occurred_at, recorded or not: tells when the warm-up has drained. */
  static final LongAdder seen = new LongAdder();
  /** The measurement window, epoch nanos of occurred_at; Long.MAX_VALUE: nothing is recorded. */
  static volatile long windowStart = Long.MAX_VALUE, windowEnd = Long.MAX_VALUE;
  /** Paces publishing and polls conditions; the driver never sleeps to wait for something. Daemon: a failure ends the JVM. */
  static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
    var t = new Thread(r, "pacer");
    t.setDaemon(true);
    return t;
  });

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

  public static void main(String[] a) throws Exception {
    arg = new HashMap<>();
    for (var s : a) arg.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
    url = arg.get("url");
    int n = Integer.parseInt(arg.get("clients"));
    int stalledPct = Integer.parseInt(arg.getOrDefault("stalled_pct", "5"));
    int seconds = Integer.parseInt(arg.getOrDefault("seconds", "30"));
    int rate = Integer.parseInt(arg.getOrDefault("rate", "50"));
    int warmup = Integer.parseInt(arg.getOrDefault("warmup_s", "10"));
    long pid = Long.parseLong(arg.get("pid"));
    Timestamps.selfCheck();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    var tokens = new String[USERS.length];
    for (int i = 0; i < USERS.length; i++) tokens[i] = token(USERS[i][0]);
    String admin = token("admin");
    String operatorUuid = arg.get("operator_uuid");

    try (var psql = new Psql(arg.get("db_port"))) {
      var base = memory(pid);
      var healthy = Clients.connect(n, 0, tokens);
      awaitServerStreams(admin, healthy);
      var connected = memory(pid);
      double rssKb = (connected[0] - base[0]) / (double) n, heapKb = (connected[1] - base[1]) / (double) n;
      warmUp(healthy, warmup, rate, psql, operatorUuid);
      run("healthy", healthy, seconds, rate, psql, operatorUuid, admin,
          String.format(Locale.ROOT, " rss_per_conn_kb=%.1f heap_per_conn_kb=%.1f rss_base_mb=%d rss_connected_mb=%d",
              rssKb, heapKb, base[0] / 1024, connected[0] / 1024));
      healthy.close(admin, "warm-up and healthy");
      var mixed = Clients.connect(n, stalledPct, tokens);
      awaitServerStreams(admin, mixed); // a stalled stream counts as connected once its request is written
      run("stalled", mixed, seconds, rate, psql, operatorUuid, admin, "");
      mixed.close(admin, "stalled");
    }
    System.exit(0);
  }

  /** Waits (≤ 30 s) until the server counts every stream that connected; warns when it does not. */
  static void awaitServerStreams(String admin, Clients c) throws Exception {
    int want = c.total - c.failed.get();
    if (!awaitUntil(() -> metric(admin, "kelola_sse_connections") >= want, Duration.ofSeconds(30))) {
      System.err.println("warning: the server counts " + metric(admin, "kelola_sse_connections") + " streams, not " + want);
    }
  }

  /**
   * The freshly started server's JIT is not in steady state: publishes {@code seconds} of events to
   * the healthy streams first, recording nothing (the window is closed). The measured window opens
   * only once every warm-up event has arrived, so none can be committed inside it (psql runs the
   * last inserts after we handed them over).
   */
  static void warmUp(Clients c, int seconds, int rate, Psql psql, String operatorUuid) throws Exception {
    if (seconds <= 0) return;
    long seen0 = seen.sum();
    long expected = publish("warmup", c, seconds * rate, rate, psql, operatorUuid);
    if (!awaitUntil(() -> seen.sum() - seen0 >= expected, Duration.ofSeconds(10))) {
      System.err.println("warning: warm-up delivered " + (seen.sum() - seen0) + " of " + expected + " messages within 10 s");
    }
  }

  /** One publishing window at {@code rate}/s, then up to 5 s grace for stragglers; prints the RESULT line. */
  static void run(String phase, Clients c, int seconds, int rate, Psql psql, String operatorUuid, String admin,
      String extra) throws Exception {
    windowStart = windowEnd = Long.MAX_VALUE; // nothing is recorded while the counters are reset
    for (int i = 0; i < hist.length(); i++) hist.set(i, 0);
    received.reset();
    double drops0 = drops(admin);
    int total = seconds * rate;
    windowStart = epochNanos(Instant.now());
    long t0 = System.nanoTime();
    long expected = publish(phase, c, total, rate, psql, operatorUuid);
    double publishSeconds = (System.nanoTime() - t0) / 1e9;
    windowEnd = epochNanos(Instant.now()) + 3_000_000_000L; // psql may still be running the last inserts
    awaitUntil(() -> received.sum() >= expected, Duration.ofSeconds(5)); // grace for stragglers
    long got = received.sum();
    double drops = drops(admin) - drops0;
    System.out.printf(Locale.ROOT,
        "RESULT phase=%s clients=%d healthy=%d stalled=%d events=%d publish_s=%.1f delivered=%d expected=%d msgs_per_s=%.0f"
            + " p50_ms=%.1f p99_ms=%.1f max_ms=%.1f server_drops=%.0f connect_s=%.1f failed_connects=%d%s%n",
        phase, c.total, c.healthy, c.stalled, total, publishSeconds, got, expected, got / publishSeconds,
        pct(0.50), pct(0.99), pct(1.0), drops, c.connectSeconds, c.failed.get(), extra);
  }

  /**
   * Inserts {@code total} events at {@code rate}/s (subjects from a fixed seed, half owned by the
   * operator) and returns how many messages the healthy streams of {@code c} should get for them.
   */
  static long publish(String tag, Clients c, int total, int rate, Psql psql, String operatorUuid) throws Exception {
    if (total <= 0) return 0;
    var rnd = new Random(42);
    long period = 1_000_000_000L / rate;
    var published = new CompletableFuture<Long>();
    var next = new AtomicInteger();
    var expectedSoFar = new long[1]; // touched only by the scheduler thread
    var pacer = SCHEDULER.scheduleAtFixedRate(() -> {
      int i = next.getAndIncrement();
      if (i >= total) return;
      try {
        String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
        boolean owned = rnd.nextBoolean();
        psql.insert(subject, owned ? operatorUuid : null, tag + "-" + i);
        for (int r = 0; r < USERS.length; r++) if (visible(USERS[r][1], subject, owned)) expectedSoFar[0] += c.healthyPerRole[r];
        if (i == total - 1) published.complete(expectedSoFar[0]);
      } catch (RuntimeException | IOException e) {
        published.completeExceptionally(e);
      }
    }, 0, period, TimeUnit.NANOSECONDS);
    try {
      return published.get(total / rate + 60, TimeUnit.SECONDS);
    } finally {
      pacer.cancel(false);
    }
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

  static long epochNanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  /** A message read by a healthy client at {@code now}: records occurred_at → now when it was published in the window. */
  static void record(long occurred, long now) {
    seen.increment();
    if (occurred < windowStart || occurred > windowEnd) return;
    long tenths = (now - occurred) / 100_000;
    hist.incrementAndGet((int) Math.max(0, Math.min(BUCKETS, tenths)));
    received.increment();
  }

  /** Hand-rolled RFC 3339 parsing on bytes: Instant.parse per message costs more than the rest of the reading. */
  static final class Timestamps {
    static final long BAD = Long.MIN_VALUE;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    /**
     * Epoch nanos of the timestamp starting at {@code b[p]} and closed by a quote before {@code end}
     * ({@code 2026-11-21T15:20:01.123456Z}: 0–9 fraction digits, {@code Z} or {@code ±hh:mm}), or {@link #BAD}.
     */
    static long parse(byte[] b, int p, int end) {
      if (end - p < 21) return BAD; // 19 for date and time, a zone, the quote
      int year = digits(b, p, 4), month = digits(b, p + 5, 2), day = digits(b, p + 8, 2);
      int hour = digits(b, p + 11, 2), minute = digits(b, p + 14, 2), second = digits(b, p + 17, 2);
      if ((year | month | day | hour | minute | second) < 0 || b[p + 4] != '-' || b[p + 7] != '-' || (b[p + 10] | 0x20) != 't'
          || b[p + 13] != ':' || b[p + 16] != ':' || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23
          || minute > 59 || second > 60) {
        return BAD;
      }
      int i = p + 19;
      long nanos = 0;
      if (b[i] == '.') {
        int first = ++i;
        for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) if (i - first < 9) nanos = nanos * 10 + (b[i] - '0');
        int n = i - first;
        if (n == 0) return BAD;
        if (n < 9) nanos *= POW10[9 - n];
      }
      if (i >= end) return BAD;
      long offset = 0;
      if ((b[i] | 0x20) == 'z') {
        i++;
      } else if ((b[i] == '+' || b[i] == '-') && end - i >= 6 && b[i + 3] == ':') {
        int oh = digits(b, i + 1, 2), om = digits(b, i + 4, 2);
        if ((oh | om) < 0) return BAD;
        offset = (b[i] == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
        i += 6;
      } else {
        return BAD;
      }
      if (i >= end || b[i] != '"') return BAD;
      long secs = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offset;
      return secs * 1_000_000_000L + nanos;
    }

    /** The value of {@code n} ASCII digits at {@code b[p]}, or -1. */
    private static int digits(byte[] b, int p, int n) {
      int v = 0;
      for (int i = p; i < p + n; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) return -1;
        v = v * 10 + d;
      }
      return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(long y, int m, int d) {
      y -= m <= 2 ? 1 : 0;
      long era = Math.floorDiv(y, 400);
      long yoe = y - era * 400;
      long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
      long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return era * 146_097 + doe - 719_468;
    }

    /** Cheap guard against a parsing slip: a few shapes against java.time before anything is measured. */
    static void selfCheck() {
      for (var s : new String[] {"2026-11-21T15:20:01.123456Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z",
          "2000-03-01T00:00:00.5Z", "1969-12-31T23:59:59.1Z", "2026-01-01T07:00:00.123+07:00", "2099-12-31T23:59:59.12345-03:30"}) {
        var b = (s + "\"").getBytes(StandardCharsets.US_ASCII);
        if (parse(b, 0, b.length) != epochNanos(OffsetDateTime.parse(s).toInstant())) {
          throw new IllegalStateException("timestamp parser disagrees with java.time on " + s);
        }
      }
    }
  }

  /**
   * The open streams of one phase, all driven by one selector thread ("sse-reader"): it opens the
   * connections handed to it, writes the requests, decodes the responses and records the messages.
   * Everything but the hand-over queue, the gate and the counters is touched by that thread only.
   */
  static final class Clients implements Runnable {
    final long[] healthyPerRole = new long[USERS.length];
    final AtomicInteger failed = new AtomicInteger();
    int total, healthy, stalled;
    double connectSeconds;

    private final Selector selector = Selector.open();
    private final InetSocketAddress server;
    private final byte[][] requests = new byte[USERS.length][]; // per role
    private final Queue<Stream> toOpen = new ConcurrentLinkedQueue<>();
    private final Semaphore gate = new Semaphore(MAX_HANDSHAKES);
    private final CountDownLatch handshakesDone;
    private final Thread thread = new Thread(this, "sse-reader");
    private volatile boolean stopping;
    private volatile Throwable crash;
    // reader thread only
    private final ArrayDeque<Stream> handshaking = new ArrayDeque<>(); // in opening order, so deadlines ascend
    private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    private long epochMinusNanoTime, nextHousekeeping;
    private long bytes, reads, chunks, chunksEndingMidLine, dataLines, badTimestamps; // diagnostics, printed at close

    private Clients(int n, String[] tokens) throws IOException {
      total = n;
      handshakesDone = new CountDownLatch(n);
      var u = URI.create(url);
      if (!"http".equals(u.getScheme())) throw new IllegalArgumentException("plain http only: " + url);
      server = new InetSocketAddress(u.getHost(), u.getPort() < 0 ? 80 : u.getPort());
      String path = (u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "")) + "/events";
      for (int r = 0; r < USERS.length; r++) {
        requests[r] = ("GET " + path + " HTTP/1.1\r\nHost: " + u.getRawAuthority() + "\r\nAuthorization: Bearer " + tokens[r]
            + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      }
      thread.setDaemon(true);
      refreshClock();
      nextHousekeeping = System.nanoTime();
    }

    /** Opens n streams, stalledPct% of them never read; at most 200 handshakes at a time, ≤ 180 s. */
    static Clients connect(int n, int stalledPct, String[] tokens) throws Exception {
      var c = new Clients(n, tokens);
      c.thread.start();
      long t0 = System.nanoTime(), deadline = t0 + CONNECT_TIMEOUT.toNanos();
      for (int i = 0; i < n && c.crash == null; i++) {
        int role = i % USERS.length;
        boolean stall = stalledAt(i, n, stalledPct);
        if (stall) c.stalled++; else c.healthyPerRole[role]++;
        if (!c.gate.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
          throw new IllegalStateException("streams not connected within " + CONNECT_TIMEOUT.toSeconds() + " s (" + i + " started)");
        }
        c.toOpen.add(c.new Stream(role, stall));
        c.selector.wakeup();
      }
      if (!c.handshakesDone.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        throw new IllegalStateException("streams not connected within " + CONNECT_TIMEOUT.toSeconds() + " s");
      }
      if (c.crash != null) throw new IllegalStateException("stream reader failed", c.crash);
      c.connectSeconds = (System.nanoTime() - t0) / 1e9;
      c.healthy = n - c.stalled;
      if (c.failed.get() > 0) System.err.println("warning: " + c.failed.get() + " of " + n + " streams failed to connect");
      return c;
    }

    /** Closes every stream and waits (≤ 60 s) until the server has let go of them. */
    void close(String admin, String phase) throws Exception {
      stopping = true;
      selector.wakeup();
      thread.join(30_000);
      System.err.printf(Locale.ROOT, "%s streams: %d bytes in %d reads, %d chunks (%d ending mid-line), %d data lines,"
          + " %d unreadable occurred_at, %d failed%n", phase, bytes, reads, chunks, chunksEndingMidLine, dataLines, badTimestamps,
          failed.get());
      if (!awaitUntil(() -> metric(admin, "kelola_sse_connections") == 0, Duration.ofSeconds(60))) {
        System.err.println("warning: the server still counts " + metric(admin, "kelola_sse_connections") + " streams after 60 s");
      }
    }

    @Override
    public void run() {
      try {
        while (!stopping) {
          selector.select(this::ready, 100); // the timeout only paces the housekeeping below
          for (Stream s; (s = toOpen.poll()) != null; ) open(s);
          if (System.nanoTime() - nextHousekeeping >= 0) housekeeping();
        }
      } catch (Throwable t) {
        crash = t;
        t.printStackTrace();
        while (handshakesDone.getCount() > 0) handshakesDone.countDown(); // let connect() see the crash instead of timing out
        gate.release(MAX_HANDSHAKES);
      } finally {
        for (var key : selector.keys()) {
          try { key.channel().close(); } catch (IOException ignored) { }
        }
        try { selector.close(); } catch (IOException ignored) { }
      }
    }

    /** Once a second: re-reads the wall clock and fails handshakes older than 30 s. */
    private void housekeeping() {
      refreshClock();
      long now = System.nanoTime();
      nextHousekeeping = now + 1_000_000_000L;
      for (Stream s; (s = handshaking.peek()) != null; ) {
        if (!s.settled && now - s.deadline < 0) break;
        handshaking.poll();
        if (!s.settled) fail(s, "no response within " + HANDSHAKE_TIMEOUT.toSeconds() + " s");
      }
    }

    /**
     * Receipt times are epoch nanos from System.nanoTime plus an offset to the wall clock (the one
     * PostgreSQL stamps occurred_at with): one clock read per socket read instead of an Instant;
     * re-read every second so a slewing wall clock cannot drift away from it.
     */
    private void refreshClock() {
      epochMinusNanoTime = epochNanos(Instant.now()) - System.nanoTime();
    }

    private void open(Stream s) {
      s.deadline = System.nanoTime() + HANDSHAKE_TIMEOUT.toNanos();
      handshaking.add(s);
      try {
        s.ch = SocketChannel.open();
        s.ch.configureBlocking(false);
        s.ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        boolean now = s.ch.connect(server);
        s.key = s.ch.register(selector, now ? 0 : SelectionKey.OP_CONNECT, s);
        if (now) sendRequest(s);
      } catch (IOException | RuntimeException e) {
        fail(s, e.toString());
      }
    }

    private void ready(SelectionKey key) {
      var s = (Stream) key.attachment();
      try {
        int ops = key.readyOps();
        if ((ops & SelectionKey.OP_CONNECT) != 0) {
          if (s.ch.finishConnect()) sendRequest(s);
        } else if ((ops & SelectionKey.OP_WRITE) != 0) {
          sendRequest(s);
        } else if ((ops & SelectionKey.OP_READ) != 0) {
          read(s);
        }
      } catch (IOException | RuntimeException e) {
        fail(s, e.toString());
      }
    }

    /** Writes (the rest of) the request; then a stalled stream is left alone, a healthy one reads. */
    private void sendRequest(Stream s) throws IOException {
      s.ch.write(s.request);
      if (s.request.hasRemaining()) {
        s.key.interestOps(SelectionKey.OP_WRITE);
        return;
      }
      s.request = null;
      if (s.stall) {
        s.key.interestOps(0); // never read: its socket buffers (and the server's queue) fill up, which is the point
        settle(s);
      } else {
        s.key.interestOps(SelectionKey.OP_READ);
      }
    }

    private void read(Stream s) throws IOException {
      buf.clear();
      int n = s.ch.read(buf);
      if (n < 0) {
        fail(s, s.endOfStream());
        return;
      }
      reads++;
      bytes += n;
      s.feed(buf.array(), 0, n, epochMinusNanoTime + System.nanoTime());
    }

    /** The handshake of {@code s} is over (response headers read, or for a stalled stream, request written). */
    private void settle(Stream s) {
      if (s.settled) return;
      s.settled = true;
      gate.release();
      handshakesDone.countDown();
    }

    /** Closes {@code s}; counts it as failed unless the phase is closing (a lost stream counts too: its messages are missing). */
    private void fail(Stream s, String reason) {
      if (s.closed) return;
      s.closed = true;
      if (s.ch != null) try { s.ch.close(); } catch (IOException ignored) { }
      if (stopping) return;
      if (failed.incrementAndGet() <= 3) System.err.println((s.settled ? "stream lost: " : "stream failed: ") + reason);
      settle(s);
    }

    /**
     * One connection: HTTP/1.1 response head, then the body (chunked or not) decoded incrementally
     * into lines, each data: line's occurred_at recorded. Bytes are parsed where they lie in the
     * read buffer; only a line cut by a read boundary is copied aside.
     */
    final class Stream {
      private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
      private static final byte[] OCCURRED_AT = "\"occurred_at\":\"".getBytes(StandardCharsets.US_ASCII);
      private static final int MAX_HEAD = 16 * 1024, MAX_LINE = 1024 * 1024;
      // body framing: chunk-size line (digits, then extensions), data, the CRLF after it, trailers; or identity
      private static final int SIZE = 0, SIZE_EXT = 1, SIZE_LF = 2, DATA_BYTES = 3, DATA_CR = 4, DATA_LF = 5, TRAILER = 6,
          DONE = 7, IDENTITY = 8;

      final boolean stall;
      SocketChannel ch;
      SelectionKey key;
      ByteBuffer request;
      long deadline;
      boolean settled, closed;
      private byte[] head; // the response head while it is being read
      private boolean inHead = true;
      private int headLen;
      private int body = SIZE, sizeDigits, trailerLen;
      private long remaining = -1; // of the current chunk, or of a Content-Length body (-1: until the connection closes)
      private byte[] carry; // a line cut by a read boundary
      private int carryLen;

      Stream(int role, boolean stall) {
        this.stall = stall;
        request = ByteBuffer.wrap(requests[role]);
      }

      /** Bytes just read at {@code now} (epoch nanos). */
      void feed(byte[] b, int from, int to, long now) throws IOException {
        if (inHead) from = head(b, from, to);
        if (from < to) body(b, from, to, now);
      }

      /** Collects the response head; once complete, checks it and returns where the body starts. */
      private int head(byte[] b, int from, int to) throws IOException {
        if (head == null) head = new byte[1024];
        for (int i = from; i < to; i++) {
          if (headLen == head.length) {
            if (headLen == MAX_HEAD) throw new IOException("response head over " + MAX_HEAD + " bytes");
            head = Arrays.copyOf(head, Math.min(MAX_HEAD, headLen * 2));
          }
          byte c = head[headLen++] = b[i];
          if (c == '\n' && (endsWith("\n\n") || endsWith("\n\r\n"))) {
            parseHead(new String(head, 0, headLen, StandardCharsets.ISO_8859_1));
            head = null;
            inHead = false;
            settle(this);
            return i + 1;
          }
        }
        return to;
      }

      private boolean endsWith(String tail) {
        if (headLen < tail.length()) return false;
        for (int k = 0; k < tail.length(); k++) if (head[headLen - tail.length() + k] != tail.charAt(k)) return false;
        return true;
      }

      /** Status must be 200; Transfer-Encoding chunked or Content-Length pick the body framing (RFC 9112 §6.3). */
      private void parseHead(String text) throws IOException {
        var lines = text.split("\r?\n");
        String status = lines[0];
        if (!status.startsWith("HTTP/1.") || status.length() < 12 || status.charAt(8) != ' ') {
          throw new IOException("not an HTTP/1.x status line: " + status);
        }
        if (!status.startsWith("200", 9)) throw new IOException("HTTP " + status.substring(9, 12));
        boolean chunked = false, transferCoded = false;
        long length = -1;
        for (int k = 1; k < lines.length; k++) {
          int colon = lines[k].indexOf(':');
          if (colon <= 0) continue;
          String name = lines[k].substring(0, colon).trim(), value = lines[k].substring(colon + 1).trim().toLowerCase(Locale.ROOT);
          if (name.equalsIgnoreCase("Transfer-Encoding")) {
            transferCoded = true;
            chunked = value.endsWith("chunked"); // chunked must be the last coding; otherwise the body runs to close
          } else if (name.equalsIgnoreCase("Content-Length")) {
            length = Long.parseLong(value);
          }
        }
        if (FIRST_HEAD.compareAndSet(false, true)) System.err.println("first response head: " + text.strip().replaceAll("\r?\n", " | "));
        if (!chunked) {
          body = IDENTITY;
          remaining = transferCoded ? -1 : length;
        }
      }

      /** Decodes body bytes: the chunked framing state machine, or identity bytes up to Content-Length. */
      private void body(byte[] b, int from, int to, long now) throws IOException {
        int i = from;
        while (i < to) {
          switch (body) {
            case IDENTITY -> {
              int n = remaining < 0 ? to - i : (int) Math.min(remaining, to - i);
              if (n == 0) throw new IOException("bytes after the Content-Length body");
              lines(b, i, i + n, now);
              i += n;
              if (remaining > 0) remaining -= n;
            }
            case SIZE -> {
              byte c = b[i++];
              int d = Character.digit(c, 16);
              if (d >= 0) {
                if (++sizeDigits > 15) throw new IOException("chunk size too long");
                remaining = (sizeDigits == 1 ? 0 : remaining) * 16 + d;
              } else if (sizeDigits == 0) {
                throw new IOException("chunk size expected, got byte " + (c & 0xff));
              } else if (c == ';' || c == ' ' || c == '\t') {
                body = SIZE_EXT; // chunk extensions: ignored
              } else if (c == '\r') {
                body = SIZE_LF;
              } else if (c == '\n') {
                chunkStarts(); // a bare LF: lenient
              } else {
                throw new IOException("bad byte " + (c & 0xff) + " in chunk size");
              }
            }
            case SIZE_EXT -> {
              byte c = b[i++];
              if (c == '\r') body = SIZE_LF; else if (c == '\n') chunkStarts();
            }
            case SIZE_LF -> {
              if (b[i++] != '\n') throw new IOException("CR without LF after chunk size");
              chunkStarts();
            }
            case DATA_BYTES -> {
              int n = (int) Math.min(remaining, to - i);
              lines(b, i, i + n, now);
              i += n;
              if ((remaining -= n) == 0) {
                body = DATA_CR;
                if (carryLen > 0) chunksEndingMidLine++;
              }
            }
            case DATA_CR -> {
              byte c = b[i++];
              if (c == '\r') body = DATA_LF;
              else if (c == '\n') body = SIZE; // a bare LF: lenient
              else throw new IOException("chunk longer than its size");
            }
            case DATA_LF -> {
              if (b[i++] != '\n') throw new IOException("CR without LF after chunk data");
              body = SIZE;
            }
            case TRAILER -> { // trailer fields until an empty line
              byte c = b[i++];
              if (c == '\n') {
                if (trailerLen == 0) body = DONE;
                trailerLen = 0;
              } else if (c != '\r') {
                trailerLen++;
              }
            }
            default -> throw new IOException("bytes after the last chunk");
          }
        }
      }

      /** After a chunk-size line: the data, or for the last (zero) chunk the trailers. */
      private void chunkStarts() {
        sizeDigits = 0;
        chunks++;
        body = remaining == 0 ? TRAILER : DATA_BYTES;
      }

      /** Splits body bytes into lines (LF, a CR before it dropped), carrying an unfinished line to the next read. */
      private void lines(byte[] b, int from, int to, long now) throws IOException {
        int start = from;
        for (int i = from; i < to; i++) {
          if (b[i] != '\n') continue;
          if (carryLen == 0) {
            line(b, start, i, now);
          } else {
            keep(b, start, i);
            line(carry, 0, carryLen, now);
            carryLen = 0;
          }
          start = i + 1;
        }
        if (start < to) keep(b, start, to);
      }

      private void keep(byte[] b, int from, int to) throws IOException {
        int n = to - from;
        if (carry == null) carry = new byte[Math.max(512, n)];
        if (carryLen + n > carry.length) {
          if (carryLen + n > MAX_LINE) throw new IOException("line over " + MAX_LINE + " bytes");
          carry = Arrays.copyOf(carry, Math.min(MAX_LINE, Math.max(carryLen + n, carry.length * 2)));
        }
        System.arraycopy(b, from, carry, carryLen, n);
        carryLen += n;
      }

      /** One line without its LF: a data: line with an occurred_at is recorded, anything else ignored. */
      private void line(byte[] b, int from, int to, long now) {
        if (to > from && b[to - 1] == '\r') to--;
        if (!startsWith(b, from, to, DATA)) return;
        dataLines++;
        int at = indexOf(b, from + DATA.length, to, OCCURRED_AT);
        if (at < 0) return; // the "ready" message and control messages carry none
        long occurred = Timestamps.parse(b, at + OCCURRED_AT.length, to);
        if (occurred == Timestamps.BAD) {
          if (badTimestamps++ < 3) System.err.println("unreadable occurred_at in: " + new String(b, from, to - from, StandardCharsets.UTF_8));
          return;
        }
        record(occurred, now);
      }

      /** How the server ended the stream, for the error. */
      String endOfStream() {
        if (inHead) return "connection closed before the response head was complete";
        return body == DONE ? "the server ended the stream (last chunk)" : "connection closed by the server";
      }
    }
  }

  static final AtomicBoolean FIRST_HEAD = new AtomicBoolean();

  static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) return false;
    for (int k = 0; k < prefix.length; k++) if (b[from + k] != prefix[k]) return false;
    return true;
  }

  static int indexOf(byte[] b, int from, int to, byte[] pattern) {
    outer:
    for (int i = from, last = to - pattern.length; i <= last; i++) {
      if (b[i] != pattern[0]) continue;
      for (int k = 1; k < pattern.length; k++) if (b[i + k] != pattern[k]) continue outer;
      return i;
    }
    return -1;
  }

  /** Every (100/pct)th group of four consecutive clients (one per role) stalls: about pct%, every role. */
  static boolean stalledAt(int i, int n, int pct) {
    return pct > 0 && (i / USERS.length) % (100 / pct) == 0;
  }

  static String token(String user) throws Exception {
    var body = "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}";
    var res = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
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
    var res = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
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
