// Sales order load driver for `make bench` (bench/factory-orders.sh). JDK only: run it with
// `java bench/OrderLoad.java key=value…` (source launch). See bench/README.md.
//
// N clients, each in a closed loop for `seconds`: a sales staff creates a one-line order (POST
// /api/v1/factory/sales-orders) and submits it, then a sales manager approves it, which checks the
// credit limit and reserves the stock — one operation = the three calls, the path of every order.
// Client i orders item i mod K so the figure measures our path, not one balance row's lock queue
// (the document counter row is shared by all, as it is in production and in bench/orders.sql).
// Any non-2xx answer is an error and is counted; the harness refuses a run with errors. Prints
// one "LOAD_RESULT key=value…" line.

import java.net.URI;
import java.net.http.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.regex.Pattern;

public class OrderLoad {

  static final Pattern NUMBER = Pattern.compile("\"soNo\"\\s*:\\s*\"(SO-[0-9]{6}-[0-9]+)\"");

  public static void main(String[] args) throws Exception {
    var arg = new HashMap<String, String>();
    for (var a : args) arg.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    var url = arg.get("url");
    var staff = arg.get("staffToken");
    var manager = arg.get("managerToken");
    int clients = Integer.parseInt(arg.get("clients"));
    long seconds = Long.parseLong(arg.get("seconds"));
    var items = arg.get("items").split(",");
    var customer = arg.get("customer");
    var warehouse = arg.get("warehouse");

    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(2)).build();
    var latenciesUs = new ConcurrentLinkedQueue<long[]>();
    var errors = new AtomicLong();
    var firstError = new AtomicReference<String>();
    var start = new CountDownLatch(1);
    var deadline = new AtomicLong();
    var pool = Executors.newFixedThreadPool(clients);
    var done = new ArrayList<Future<?>>();
    for (int c = 0; c < clients; c++) {
      var item = items[c % items.length];
      done.add(pool.submit(() -> {
        var mine = new long[4096];
        int n = 0;
        start.await();
        while (System.nanoTime() < deadline.get()) {
          long t0 = System.nanoTime();
          try {
            var created = post(http, url + "/api/v1/factory/sales-orders", staff, """
                {"customer":"%s","warehouse":"%s","lines":[{"item":"%s","qty":1,"unitPrice":1000}]}"""
                .formatted(customer, warehouse, item));
            var m = NUMBER.matcher(created);
            if (!m.find()) throw new IllegalStateException("no order number in: " + created);
            post(http, url + "/api/v1/factory/sales-orders/" + m.group(1) + "/submit", staff, "{}");
            post(http, url + "/api/v1/factory/sales-orders/" + m.group(1) + "/approve", manager, "{}");
            if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
            mine[n++] = (System.nanoTime() - t0) / 1000;
          } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.getMessage());
          }
        }
        latenciesUs.add(Arrays.copyOf(mine, n));
        return null;
      }));
    }
    long t0 = System.nanoTime();
    deadline.set(t0 + seconds * 1_000_000_000L);
    start.countDown();
    for (var f : done) f.get(seconds + 60, TimeUnit.SECONDS);
    double wall = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    var all = latenciesUs.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    int ops = all.length;
    System.out.printf(Locale.ROOT, "LOAD_RESULT ops=%d tps=%.1f avg_ms=%.2f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d%n",
        ops, ops / wall, ops == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1000, pct(all, 0.50), pct(all, 0.95),
        pct(all, 0.99), errors.get());
    if (firstError.get() != null) System.out.println("FIRST_ERROR " + firstError.get());
    System.exit(0);
  }

  static String post(HttpClient http, String url, String token, String body) throws Exception {
    var res = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() / 100 != 2) throw new IllegalStateException(res.statusCode() + " " + url + " " + res.body());
    return res.body();
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
  }
}
