// SARI intake → AI verdict latency driver for `make bench` (bench/sari.sh). JDK only: run it with
// `java bench/SariLatency.java key=value…` (source launch). See bench/README.md.
//
// One SSE stream as the SARI manager records when each lot's AI verdict (qc.job.completed,
// needs_human_review or failed) arrives; meanwhile the operator takes `lots` lots in, one every
// `gapMs`, each with `photos` generated 640×640 sample photos — faster than one worker inspects
// them, so the queue builds up and the figures show the latency with the worker busy. Latency =
// intake request sent → verdict event received. Prints one "SARI_RESULT key=value…" line.

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.*;
import java.net.URI;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

public class SariLatency {

  static final Pattern LOT_CODE = Pattern.compile("\"lotCode\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern TYPE = Pattern.compile("\"event_type\"\\s*:\\s*\"(qc\\.job\\.(?:completed|needs_human_review|failed))\"");

  public static void main(String[] args) throws Exception {
    var arg = new HashMap<String, String>();
    for (var a : args) arg.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    var url = arg.get("url");
    int lots = Integer.parseInt(arg.getOrDefault("lots", "30"));
    int photos = Integer.parseInt(arg.getOrDefault("photos", "3"));
    long gapMs = Long.parseLong(arg.getOrDefault("gapMs", "200"));
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    var operator = token(http, url, "sari.operator");
    var manager = token(http, url, "sari.manager");

    var verdicts = new ConcurrentHashMap<String, Long>();
    var outcomes = new ConcurrentHashMap<String, Integer>();
    var stream = http.send(HttpRequest.newBuilder(URI.create(url + "/events")).header("Authorization", "Bearer " + manager)
        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
    if (stream.statusCode() != 200) throw new IllegalStateException("SSE " + stream.statusCode());
    Thread.ofPlatform().daemon().start(() -> stream.body().forEach(line -> {
      if (!line.startsWith("data:")) return;
      var t = TYPE.matcher(line);
      var c = LOT_CODE.matcher(line);
      if (t.find() && c.find()) {
        verdicts.putIfAbsent(c.group(1), System.nanoTime());
        outcomes.merge(t.group(1), 1, Integer::sum);
        synchronized (verdicts) {
          verdicts.notifyAll();
        }
      }
    }));

    var photo = photo();
    var sent = new ConcurrentHashMap<String, Long>();
    var intakeMs = Collections.synchronizedList(new ArrayList<Double>());
    // one intake client, each lot released at its arrival time by a scheduler (a late one goes at once)
    var arrivals = Executors.newSingleThreadScheduledExecutor();
    var done = new ArrayList<ScheduledFuture<?>>();
    long start = System.nanoTime();
    for (int i = 0; i < lots; i++) {
      int n = i;
      done.add(arrivals.schedule(() -> {
        long t0 = System.nanoTime();
        var res = intake(http, url, operator, photo, photos, n);
        intakeMs.add((System.nanoTime() - t0) / 1e6);
        if (res.statusCode() != 201) throw new IllegalStateException("intake " + res.statusCode() + " " + res.body());
        var m = LOT_CODE.matcher(res.body());
        if (!m.find()) throw new IllegalStateException("no lot code in " + res.body());
        sent.put(m.group(1), t0);
        return null;
      }, n * gapMs, TimeUnit.MILLISECONDS));
    }
    for (var f : done) f.get();
    arrivals.shutdown();
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    synchronized (verdicts) {
      // woken by every verdict the stream records
      while (!verdicts.keySet().containsAll(sent.keySet()) && System.nanoTime() < deadline) {
        verdicts.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
      }
    }
    var latency = new ArrayList<Double>();
    long last = 0;
    for (var e : sent.entrySet()) {
      var v = verdicts.get(e.getKey());
      if (v == null) continue;
      latency.add((v - e.getValue()) / 1e6);
      last = Math.max(last, v);
    }
    Collections.sort(latency);
    Collections.sort(intakeMs);
    double seconds = (last - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "SARI_RESULT lots=%d photos=%d gap_ms=%d verdicts=%d missing=%d p50_ms=%.0f p95_ms=%.0f max_ms=%.0f"
            + " intake_p50_ms=%.0f intake_p95_ms=%.0f lots_per_s=%.2f outcomes=%s%n",
        lots, photos, gapMs, latency.size(), sent.size() - latency.size(), pct(latency, 50), pct(latency, 95),
        latency.isEmpty() ? 0 : latency.getLast(), pct(intakeMs, 50), pct(intakeMs, 95),
        latency.size() / Math.max(seconds, 1e-9), outcomes.toString().replace(" ", ""));
    System.exit(0);
  }

  static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) return 0;
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  static String token(HttpClient http, String url, String user) throws Exception {
    var body = "{\"username\":\"" + user + "\",\"password\":\"Kelola-Demo-2026\"}";
    var res = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    var m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(res.body());
    if (!m.find()) throw new IllegalStateException("no token for " + user + ": " + res.body());
    return m.group(1);
  }

  /** A clean demo-ginger sample photo, 640×640 (the model's input size). */
  static byte[] photo() throws IOException {
    var img = new BufferedImage(640, 640, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(new Color(202, 142, 57));
    g.fillRect(0, 0, 640, 640);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static HttpResponse<String> intake(HttpClient http, String url, String token, byte[] photo, int photos, int i)
      throws Exception {
    var boundary = "----sari" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    var today = LocalDate.now();
    var fields = new LinkedHashMap<String, String>();
    fields.put("vendor", "VND-001");
    fields.put("item", "EXT-001");
    fields.put("qty", "1");
    fields.put("supplierLot", "BENCH-" + i);
    fields.put("harvestDate", today.minusDays(5).toString());
    fields.put("expDate", today.plusMonths(10).toString());
    fields.put("intakeTemp", "4");
    fields.put("market", "DOMESTIC");
    fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
        + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    part(body, boundary, "coa", "coa.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    for (int p = 0; p < photos; p++) part(body, boundary, "photos", "p" + p + ".png", "image/png", photo);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/sari/lots")).header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  static void part(ByteArrayOutputStream body, String boundary, String field, String name, String type, byte[] content) {
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
